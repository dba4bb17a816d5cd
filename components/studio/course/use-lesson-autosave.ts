"use client";

import { readDraft, sameContent, useLocalDraft, writeDraft } from "@/components/essays/local-draft";
import { AUTOSAVE_MS } from "@/components/essays/use-essay-autosave";
import { callApi } from "@/components/ui/api";
import type { StudioLessonDTO } from "@/lib/lessons/schema";
import { useCallback, useEffect, useReducer, useRef, useState } from "react";
import {
  initialSaveState,
  lessonSaveReducer,
  mayAutosave,
  type LessonSaveState,
  type VersionedText,
} from "./lesson-save-state";
import type { LessonText } from "./merge";

// The lesson editor's save loop, as the essay editor's (components/essays/use-essay-autosave.ts):
// typing goes to localStorage at once and reaches the server a few seconds later, when the
// tab is hidden and when the page is left. Each save names the version its text was
// written on; a 409 fetches the newer text and waits for the instructor (merge, theirs or
// mine). The base text is kept on the device beside the draft, so a draft found after a
// reload that someone has since overtaken is merged too, never saved over their text.

const RETRY_MS = 10_000;
const draftKey = (viewerId: string, lessonId: string) => `jingxuan:draft:lesson:${viewerId}:${lessonId}`;

function readBase(key: string): VersionedText | null {
  try {
    const v = JSON.parse(window.localStorage.getItem(`${key}:base`) ?? "null") as Partial<VersionedText> | null;
    return v && typeof v.version === "number" && typeof v.title === "string" && typeof v.body === "string"
      ? { title: v.title, body: v.body, version: v.version }
      : null;
  } catch {
    return null;
  }
}

function writeBase(key: string, base: VersionedText | null) {
  try {
    if (base) window.localStorage.setItem(`${key}:base`, JSON.stringify(base));
    else window.localStorage.removeItem(`${key}:base`);
  } catch {
    // NOTE: without storage the base lives only in memory; this tab still merges on a 409.
  }
}

const textOf = ({ title, body }: LessonText): LessonText => ({ title, body });

export function useLessonAutosave({ viewerId, initial }: { viewerId: string; initial: StudioLessonDTO }) {
  const [state, dispatch] = useReducer(lessonSaveReducer, initial, (l) =>
    initialSaveState({ title: l.title, body: l.body, version: l.version }),
  );
  const [round, setRound] = useState(0); // bumped after every save, so the loop looks again
  const key = draftKey(viewerId, initial.id);
  const local = useLocalDraft(key);
  const content = local ?? textOf(state.base);
  const isDirty = local !== null && !sameContent(local, state.base);

  // Timers and page events outlive a render: they read the latest state from here.
  const live = useRef<LessonSaveState>(state);
  useEffect(() => {
    live.current = state;
  });
  const inFlight = useRef<Promise<boolean> | null>(null);

  // A draft left on this device: already on the server (a save sent as the page closed) is
  // dropped; written on a version someone has since overtaken, it is a conflict now.
  useEffect(() => {
    const draft = readDraft(key);
    const stored = readBase(key);
    if (!draft) return;
    const isOvertaken = stored !== null && stored.version < initial.version;
    if (sameContent(draft, live.current.base) || (isOvertaken && sameContent(draft, stored))) {
      writeDraft(key, null); // nothing of this device's is missing on the server
      writeBase(key, null);
    } else if (isOvertaken) {
      dispatch({ type: "conflict", base: stored, theirs: live.current.base });
    }
  }, [key, initial.version]);

  /** Sends the typed text if it differs from the server's; true once the server holds it. */
  const save = useCallback(
    (keepalive = false): Promise<boolean> => {
      if (inFlight.current) return inFlight.current;
      const run = async (): Promise<boolean> => {
        const current = live.current;
        const text = readDraft(key);
        if (!text || sameContent(text, current.base)) return true;
        if (!mayAutosave(current) || !text.title.trim()) return false; // a lesson always has a title
        dispatch({ type: "saving" });
        const body = { version: current.base.version, ...textOf(text) };
        const res = await callApi<StudioLessonDTO>(`/api/articles/${initial.id}`, "PATCH", body, keepalive);
        if (res.ok) {
          const sent = textOf(text);
          dispatch({ type: "saved", sent, version: res.data.version, at: Date.now() });
          const typed = readDraft(key);
          const unchanged = !typed || sameContent(typed, sent);
          writeDraft(key, unchanged ? null : typed);
          writeBase(key, unchanged ? null : { ...sent, version: res.data.version });
          return unchanged;
        }
        if (res.status !== 409) {
          dispatch({ type: "failed", status: res.status });
          return false;
        }
        const theirs = await callApi<StudioLessonDTO>(`/api/studio/lessons/${initial.id}`);
        if (theirs.ok) dispatch({ type: "conflict", theirs: { ...textOf(theirs.data), version: theirs.data.version } });
        else dispatch({ type: "failed", status: theirs.status });
        return false;
      };
      const promise = run().finally(() => {
        inFlight.current = null;
        setRound((r) => r + 1);
      });
      inFlight.current = promise;
      return promise;
    },
    [key, initial.id],
  );

  // The loop: a save a few seconds after the first unsaved change, retried slowly after a
  // transient failure; nothing while a conflict or a refused text waits for the instructor.
  const isAllowed = mayAutosave(state) && content.title.trim() !== "";
  useEffect(() => {
    if (!isDirty || !isAllowed) return;
    const timer = setTimeout(() => void save(), state.problem ? RETRY_MS : AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [isDirty, isAllowed, state.problem, round, save]);

  // Leaving: a hidden tab saves normally; closing or navigating away sends a keepalive request.
  useEffect(() => {
    const flush = () => {
      const text = readDraft(key);
      const current = live.current;
      if (!text?.title.trim() || sameContent(text, current.base) || inFlight.current || !mayAutosave(current)) return;
      void callApi(`/api/articles/${initial.id}`, "PATCH", { version: current.base.version, ...textOf(text) }, true);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden") void save(true);
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush();
    };
  }, [key, initial.id, save]);

  const setContent = useCallback(
    (next: LessonText) => {
      if (!readBase(key)) writeBase(key, live.current.base); // what these edits start from
      writeDraft(key, next);
      dispatch({ type: "edited" });
    },
    [key],
  );

  /** Changes the latest text (typed meanwhile, too): an upload that finishes replaces its placeholder. */
  const update = useCallback(
    (change: (text: LessonText) => LessonText) => setContent(change(readDraft(key) ?? textOf(live.current.base))),
    [key, setContent],
  );

  /**
   * The instructor's answer to a conflict: continue from their version with `text` on top
   * (theirs itself, a clean merge, or mine), saved by the loop with their version number.
   */
  const resolve = useCallback(
    (text: LessonText) => {
      const theirs = live.current.theirs;
      if (!theirs) return;
      const same = sameContent(text, theirs);
      writeDraft(key, same ? null : text);
      writeBase(key, same ? null : theirs);
      dispatch({ type: "resolved" });
    },
    [key],
  );

  return { content, setContent, update, status: state, isDirty, base: state.base, theirs: state.theirs, save, resolve };
}
