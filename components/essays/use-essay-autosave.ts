"use client";

import type { ApiResult } from "@/components/ui/api";
import { callApi } from "@/components/ui/api";
import type { EssayDTO } from "@/lib/essays/schema";
import { useCallback, useEffect, useRef, useState } from "react";
import { draftKey, readDraft, sameContent, useLocalDraft, writeDraft, type EssayContent } from "./local-draft";

// The editor's save loop. What is typed goes to localStorage at once; a save reaches the
// server a few seconds later (at most one in flight, again while there are changes),
// when the tab is hidden, when the page is left, and when the editor unmounts. The local
// copy is dropped only once the server has confirmed exactly that text, so a failed
// save (no network, expired session) loses nothing and is retried.

/** How long typing runs before a save; while typing continues, saves follow at this pace. */
export const AUTOSAVE_MS = 2500;
const RETRY_MS = 10_000;

export type SaveProblem = "session" | "network" | "rateLimited" | "generic" | "conflict" | "invalid" | "gone";
export type SaveStatus = {
  phase: "idle" | "saving" | "saved" | "failed";
  savedAt: number | null;
  problem: SaveProblem | null;
};

/** Problems that clear by themselves (retried on a timer); the rest wait for the next edit. */
const TRANSIENT = new Set<SaveProblem>(["session", "network", "rateLimited", "generic"]);
export const isTransientProblem = (problem: SaveProblem) => TRANSIENT.has(problem);

export function classifyFailure(status: number): SaveProblem {
  if (status === 0) return "network";
  if (status === 401) return "session";
  if (status === 429) return "rateLimited";
  if (status === 409) return "conflict";
  if (status === 400 || status === 413) return "invalid";
  if (status === 403 || status === 404) return "gone";
  return "generic";
}

export const isEditableStatus = (essay: EssayDTO | null) =>
  essay === null || essay.status === "draft" || essay.status === "returned";

type Options = { viewerId: string; courseSlug: string; courseId: string; initial: EssayDTO | null };

export function useEssayAutosave({ viewerId, courseSlug, courseId, initial }: Options) {
  const [essay, setEssay] = useState<EssayDTO | null>(initial);
  const [saved, setSaved] = useState<EssayContent>({ title: initial?.title ?? "", body: initial?.body ?? "" });
  const [status, setStatus] = useState<SaveStatus>({ phase: "idle", savedAt: null, problem: null });
  const [round, setRound] = useState(0); // bumped after every save, so the loop looks again
  const key = draftKey(viewerId, essay ? essay.id : `new:${courseId}`);
  const local = useLocalDraft(key);
  const content = local ?? saved;
  const hasLocal = local !== null;
  const isDirty = hasLocal && !sameContent(local, saved);
  const isEditable = isEditableStatus(essay);

  // Timers and page events outlive a render: they read the latest values from here.
  const live = useRef({ essay, saved, key, isEditable });
  useEffect(() => {
    live.current = { essay, saved, key, isEditable };
  });
  const inFlight = useRef<Promise<void> | null>(null);
  const isSubmitting = useRef(false);

  /** The server now has `confirmed` (as `next`): carry on under its id and drop the local copy if nothing changed since. */
  const adopt = useCallback(
    (next: EssayDTO, confirmed: EssayContent, fromKey: string) => {
      const toKey = draftKey(viewerId, next.id);
      live.current = { essay: next, saved: confirmed, key: toKey, isEditable: isEditableStatus(next) };
      setEssay(next);
      setSaved(confirmed);
      setStatus({ phase: "saved", savedAt: Date.now(), problem: null });
      const typed = readDraft(fromKey);
      if (fromKey !== toKey) {
        writeDraft(fromKey, null);
        window.history.replaceState(null, "", next.editHref); // a reload now opens this draft
      }
      writeDraft(toKey, typed && !sameContent(typed, confirmed) ? typed : null);
    },
    [viewerId],
  );

  const save = useCallback(
    (keepalive = false): Promise<void> => {
      if (inFlight.current) return inFlight.current;
      const run = async () => {
        const { essay: current, saved: confirmed, key: fromKey, isEditable: editable } = live.current;
        const text = readDraft(fromKey);
        if (isSubmitting.current || !editable || !text || sameContent(text, confirmed)) return;
        setStatus((s) => ({ ...s, phase: "saving" }));
        const res = current
          ? await callApi<EssayDTO>(`/api/articles/${current.id}`, "PATCH", text, keepalive)
          : await callApi<EssayDTO>(`/api/courses/${courseSlug}/essays`, "POST", text, keepalive);
        if (!res.ok) return setStatus((s) => ({ ...s, phase: "failed", problem: classifyFailure(res.status) }));
        adopt(res.data, text, fromKey);
      };
      const promise = run().finally(() => {
        inFlight.current = null;
        setRound((r) => r + 1);
      });
      inFlight.current = promise;
      return promise;
    },
    [adopt, courseSlug],
  );

  // The loop: a save a few seconds after the first unsaved change (not pushed back by
  // further typing), retried slowly after a transient failure.
  const isWaitingForEdit = status.problem !== null && !TRANSIENT.has(status.problem);
  useEffect(() => {
    if (!isEditable || !isDirty || isWaitingForEdit) return;
    const timer = setTimeout(() => void save(), status.problem ? RETRY_MS : AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [isEditable, isDirty, isWaitingForEdit, status.problem, round, save]);

  // A local copy equal to what the server has (a save that landed as the page closed) is not a change.
  useEffect(() => {
    if (hasLocal && !isDirty) writeDraft(key, null);
  }, [hasLocal, isDirty, key]);

  // Leaving: hidden tab → a normal save that may still complete; closing or navigating
  // away → a keepalive request the browser finishes without us. A draft not yet created
  // stays local (it comes back on the new-essay page) rather than risk a duplicate.
  useEffect(() => {
    if (!isEditable) return;
    const flush = () => {
      const { essay: current, saved: confirmed, key: fromKey } = live.current;
      const text = readDraft(fromKey);
      if (!current || !text || sameContent(text, confirmed) || inFlight.current || isSubmitting.current) return;
      void callApi(`/api/articles/${current.id}`, "PATCH", text, true);
    };
    const onVisibility = () => {
      if (document.visibilityState === "hidden" && live.current.essay) void save(true);
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onVisibility);
      flush(); // in-app navigation unmounts the editor without a pagehide
    };
  }, [isEditable, save]);

  const setContent = useCallback((next: EssayContent) => {
    writeDraft(live.current.key, next);
    // A save refused for its content (too long) or its state is tried again after an edit.
    setStatus((s) => (s.problem && !TRANSIENT.has(s.problem) ? { ...s, phase: "idle", problem: null } : s));
  }, []);

  /** Sends the latest text and submits it in one request (creating the draft first if needed). */
  const submit = useCallback(async (): Promise<ApiResult<EssayDTO>> => {
    isSubmitting.current = true;
    try {
      if (inFlight.current) await inFlight.current;
      const { key: fromKey, saved: confirmed } = live.current;
      let current = live.current.essay;
      const text = readDraft(fromKey) ?? confirmed;
      if (!current) {
        const created = await callApi<EssayDTO>(`/api/courses/${courseSlug}/essays`, "POST", text);
        if (!created.ok) return created;
        adopt(created.data, text, fromKey);
        current = created.data;
      }
      const res = await callApi<EssayDTO>(`/api/articles/${current.id}`, "PATCH", { action: "submit", ...text });
      if (res.ok) {
        adopt(res.data, { title: res.data.title, body: res.data.body }, live.current.key);
        writeDraft(live.current.key, null); // submitted text is final until it comes back
      }
      return res;
    } finally {
      isSubmitting.current = false;
    }
  }, [adopt, courseSlug]);

  return { essay, content, setContent, status, isDirty, isEditable, submit };
}
