import type { CourseOutline, OutlineLesson } from "@/lib/courses/outline-schema";
import { describe, expect, it } from "vitest";
import {
  chapterStep,
  findLesson,
  lessonDropPlace,
  lessonStep,
  moveChapter,
  moveLesson,
  parseDragId,
  zoneDragId,
} from "./reorder";

const lesson = (id: string, chapterId: string | null, position: number): OutlineLesson => ({
  id,
  slug: id,
  title: id.toUpperCase(),
  state: "draft",
  publishedAt: null,
  position,
  chapterId,
  featuredCommentCount: 0,
  version: 1,
  ordinal: null,
});

// Chapter A: a1 a2; chapter B: b1; chapter C: (empty); outside every chapter: u1.
const outline: CourseOutline = {
  chapters: [
    { id: "A", title: "A", position: 0, lessons: [lesson("a1", "A", 0), lesson("a2", "A", 1)] },
    { id: "B", title: "B", position: 1, lessons: [lesson("b1", "B", 0)] },
    { id: "C", title: "C", position: 2, lessons: [] },
  ],
  unchaptered: [lesson("u1", null, 0)],
};

const shape = (o: CourseOutline) => [
  ...o.chapters.map((c) => `${c.id}:${c.lessons.map((l) => `${l.id}@${l.chapterId}/${l.position}`).join(",")}`),
  `-:${o.unchaptered.map((l) => `${l.id}@${l.chapterId}/${l.position}`).join(",")}`,
];

describe("moveLesson", () => {
  it("reorders within a chapter and renumbers positions", () => {
    expect(shape(moveLesson(outline, "a2", { chapterId: "A", index: 0 }))).toEqual([
      "A:a2@A/0,a1@A/1",
      "B:b1@B/0",
      "C:",
      "-:u1@null/0",
    ]);
  });

  it("moves across chapters, into an empty one and out of every chapter", () => {
    const moved = moveLesson(moveLesson(outline, "a1", { chapterId: "B", index: 1 }), "b1", {
      chapterId: "C",
      index: 0,
    });
    expect(shape(moved)).toEqual(["A:a2@A/0", "B:a1@B/0", "C:b1@C/0", "-:u1@null/0"]);
    expect(shape(moveLesson(outline, "a2", { chapterId: null, index: 0 }))).toEqual([
      "A:a1@A/0",
      "B:b1@B/0",
      "C:",
      "-:a2@null/0,u1@null/1",
    ]);
  });

  it("clamps an index past the end and leaves the outline alone for unknown ids", () => {
    expect(findLesson(moveLesson(outline, "u1", { chapterId: "A", index: 99 }), "u1")).toEqual({
      chapterId: "A",
      index: 2,
    });
    expect(moveLesson(outline, "nope", { chapterId: "A", index: 0 })).toBe(outline);
    expect(moveLesson(outline, "a1", { chapterId: "gone", index: 0 })).toBe(outline);
  });

  it("does not change the outline it is given", () => {
    const before = JSON.stringify(outline);
    moveLesson(outline, "a1", { chapterId: "B", index: 0 });
    expect(JSON.stringify(outline)).toBe(before);
  });
});

describe("moveChapter", () => {
  it("moves a chapter and renumbers the chapters", () => {
    const moved = moveChapter(outline, "C", 0);
    expect(moved.chapters.map((c) => `${c.id}/${c.position}`)).toEqual(["C/0", "A/1", "B/2"]);
    expect(moved.chapters[1]!.lessons).toBe(outline.chapters[0]!.lessons); // lessons travel with their chapter
  });
});

describe("keyboard steps", () => {
  it("moves a lesson within its chapter", () => {
    expect(lessonStep(outline, "a1", 1)).toEqual({ chapterId: "A", index: 1 });
    expect(lessonStep(outline, "a2", -1)).toEqual({ chapterId: "A", index: 0 });
  });

  it("crosses into the neighbouring chapter at an edge", () => {
    expect(lessonStep(outline, "a2", 1)).toEqual({ chapterId: "B", index: 0 });
    expect(lessonStep(outline, "b1", -1)).toEqual({ chapterId: "A", index: 2 });
    expect(lessonStep(outline, "b1", 1)).toEqual({ chapterId: "C", index: 0 });
    expect(lessonStep(outline, "u1", -1)).toEqual({ chapterId: "C", index: 0 });
  });

  it("stops at the top and the bottom of the course", () => {
    expect(lessonStep(outline, "a1", -1)).toBeNull();
    expect(lessonStep(outline, "u1", 1)).toBeNull();
  });

  it("moves chapters one step and stops at either end", () => {
    expect(chapterStep(outline, "B", -1)).toBe(0);
    expect(chapterStep(outline, "B", 1)).toBe(2);
    expect(chapterStep(outline, "A", -1)).toBeNull();
    expect(chapterStep(outline, "C", 1)).toBeNull();
    expect(chapterStep(outline, "nope", 1)).toBeNull();
  });
});

describe("drag targets", () => {
  it("parses the ids of chapters, lessons and drop zones", () => {
    expect(parseDragId("lesson:a1")).toEqual({ kind: "lesson", id: "a1" });
    expect(parseDragId("chapter:B")).toEqual({ kind: "chapter", id: "B" });
    expect(parseDragId(zoneDragId(null))).toEqual({ kind: "zone", chapterId: null });
    expect(parseDragId(zoneDragId("C"))).toEqual({ kind: "zone", chapterId: "C" });
    expect(parseDragId("other")).toBeNull();
  });

  it("drops on a lesson's place, or at the end of a chapter's list", () => {
    expect(lessonDropPlace(outline, "a1", { kind: "lesson", id: "b1" })).toEqual({ chapterId: "B", index: 0 });
    expect(lessonDropPlace(outline, "a1", { kind: "zone", chapterId: "C" })).toEqual({ chapterId: "C", index: 0 });
    expect(lessonDropPlace(outline, "a1", { kind: "zone", chapterId: "A" })).toEqual({ chapterId: "A", index: 1 });
    expect(lessonDropPlace(outline, "a1", { kind: "chapter", id: "B" })).toBeNull();
  });
});
