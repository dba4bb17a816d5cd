import { classifyFailure, isTransientProblem, type SaveStatus } from "@/components/essays/use-essay-autosave";
import type { LessonText } from "./merge";

// The lesson editor's save state as a reducer. What is typed lives in localStorage (see
// use-lesson-autosave.ts); here is what the server is known to hold (`base`, with its
// version: every save names it) and, after a 409, the newer text someone else saved
// (`theirs`), which stops autosave until the instructor decides what to keep.

export type VersionedText = LessonText & { version: number };

export type LessonSaveState = SaveStatus & {
  /** The server's text that the local edits start from. */
  base: VersionedText;
  /** Someone else's newer save, waiting for the instructor's decision. */
  theirs: VersionedText | null;
};

export type LessonSaveEvent =
  | { type: "saving" }
  | { type: "saved"; sent: LessonText; version: number; at: number }
  | { type: "failed"; status: number }
  | { type: "conflict"; theirs: VersionedText; base?: VersionedText }
  /** The instructor chose: edits now start from their version (with mine, theirs or a merge on top). */
  | { type: "resolved" }
  | { type: "edited" };

export const initialSaveState = (base: VersionedText): LessonSaveState => ({
  base,
  theirs: null,
  phase: "idle",
  savedAt: null,
  problem: null,
});

export function lessonSaveReducer(state: LessonSaveState, event: LessonSaveEvent): LessonSaveState {
  switch (event.type) {
    case "saving":
      return { ...state, phase: "saving" };
    case "saved":
      return {
        ...state,
        base: { ...event.sent, version: event.version },
        phase: "saved",
        savedAt: event.at,
        problem: null,
      };
    case "failed":
      return { ...state, phase: "failed", problem: classifyFailure(event.status) };
    case "conflict":
      return { ...state, base: event.base ?? state.base, theirs: event.theirs, phase: "failed", problem: "conflict" };
    case "resolved":
      return state.theirs ? { ...state, base: state.theirs, theirs: null, phase: "idle", problem: null } : state;
    case "edited":
      // A save refused for its content (too long) is tried again after an edit; a conflict is not.
      return state.problem && !isTransientProblem(state.problem) && !state.theirs
        ? { ...state, phase: "idle", problem: null }
        : state;
  }
}

/** Whether the save loop may send the text now (not while a conflict or a refused text waits). */
export const mayAutosave = (state: LessonSaveState) =>
  state.theirs === null && (state.problem === null || isTransientProblem(state.problem));
