import { describe, expect, it } from "vitest";
import { mergeLesson } from "./merge";

const base = { title: "Caching", body: "# Intro\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph." };

describe("mergeLesson", () => {
  it("combines changes to different lines", () => {
    const mine = { ...base, body: base.body.replace("First paragraph.", "First paragraph, revised by me.") };
    const theirs = { ...base, body: base.body.replace("Third paragraph.", "Third paragraph, revised by them.") };
    expect(mergeLesson(base, mine, theirs)).toEqual({
      clean: true,
      merged: {
        title: "Caching",
        body: "# Intro\n\nFirst paragraph, revised by me.\n\nSecond paragraph.\n\nThird paragraph, revised by them.",
      },
    });
  });

  it("takes a title only one side changed, and keeps the other side's body", () => {
    const mine = { ...base, title: "Caching, in depth" };
    const theirs = { ...base, body: `${base.body}\n\nA new ending.` };
    expect(mergeLesson(base, mine, theirs)).toEqual({
      clean: true,
      merged: { title: "Caching, in depth", body: `${base.body}\n\nA new ending.` },
    });
  });

  it("is clean when both made the same change", () => {
    const same = { title: "Caching 2", body: `${base.body}\n\nSame.` };
    expect(mergeLesson(base, same, same)).toEqual({ clean: true, merged: same });
  });

  it("reports a conflict when both changed the same line", () => {
    const mine = { ...base, body: base.body.replace("Second paragraph.", "Mine.") };
    const theirs = { ...base, body: base.body.replace("Second paragraph.", "Theirs.") };
    expect(mergeLesson(base, mine, theirs)).toEqual({
      clean: false,
      conflicts: [{ field: "body", mine: "Mine.", theirs: "Theirs." }],
    });
  });

  it("reports a conflict when both changed the title differently", () => {
    const outcome = mergeLesson(base, { ...base, title: "Mine" }, { ...base, title: "Theirs" });
    expect(outcome).toEqual({ clean: false, conflicts: [{ field: "title", mine: "Mine", theirs: "Theirs" }] });
  });

  it("merges Chinese text line by line", () => {
    const zh = { title: "缓存", body: "第一段。\n\n第二段。" };
    const outcome = mergeLesson(
      zh,
      { ...zh, body: "第一段，我改的。\n\n第二段。" },
      { ...zh, body: "第一段。\n\n第二段，他们改的。" },
    );
    expect(outcome).toEqual({ clean: true, merged: { title: "缓存", body: "第一段，我改的。\n\n第二段，他们改的。" } });
  });
});
