import { describe, expect, it } from "vitest";
import { initialSaveState, lessonSaveReducer, mayAutosave, type LessonSaveState } from "./lesson-save-state";

const base = { title: "T", body: "B", version: 3 };
const start = initialSaveState(base);
const run = (state: LessonSaveState, ...events: Parameters<typeof lessonSaveReducer>[1][]) =>
  events.reduce(lessonSaveReducer, state);

describe("lessonSaveReducer", () => {
  it("moves the base to what the server confirmed, with its new version", () => {
    const state = run(
      start,
      { type: "saving" },
      { type: "saved", sent: { title: "T2", body: "B2" }, version: 4, at: 9 },
    );
    expect(state).toMatchObject({ base: { title: "T2", body: "B2", version: 4 }, phase: "saved", savedAt: 9 });
    expect(mayAutosave(state)).toBe(true);
  });

  it("retries transient failures and waits for an edit after a refused text", () => {
    const offline = run(start, { type: "saving" }, { type: "failed", status: 0 });
    expect(offline).toMatchObject({ phase: "failed", problem: "network" });
    expect(mayAutosave(offline)).toBe(true);

    const tooLong = run(start, { type: "failed", status: 413 });
    expect(tooLong.problem).toBe("invalid");
    expect(mayAutosave(tooLong)).toBe(false);
    expect(run(tooLong, { type: "edited" })).toMatchObject({ phase: "idle", problem: null });
  });

  it("stops on a conflict until the instructor decides, then builds on their version", () => {
    const theirs = { title: "T", body: "Theirs", version: 5 };
    const conflict = run(start, { type: "saving" }, { type: "conflict", theirs });
    expect(conflict).toMatchObject({ theirs, problem: "conflict", base });
    expect(mayAutosave(conflict)).toBe(false);
    expect(run(conflict, { type: "edited" })).toBe(conflict); // typing does not dismiss it

    const resolved = run(conflict, { type: "resolved" });
    expect(resolved).toMatchObject({ base: theirs, theirs: null, problem: null, phase: "idle" });
    expect(mayAutosave(resolved)).toBe(true);
  });

  it("can start a conflict from an older base kept on this device", () => {
    const stored = { title: "T", body: "Old", version: 2 };
    const state = run(start, { type: "conflict", theirs: base, base: stored });
    expect(state).toMatchObject({ base: stored, theirs: base });
  });

  it("ignores a resolution when there is no conflict", () => {
    expect(run(start, { type: "resolved" })).toBe(start);
  });
});
