"use client";

import { callApi, useApiError } from "@/components/ui/api";
import type { CourseOutline } from "@/lib/courses/outline-schema";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { moveChapter, moveLesson, type LessonPlace } from "./reorder";

// The outline as the instructor sees it, changed at once by every move; the moves reach
// the server one after another. When one fails, the outline goes back to how it was
// before that move (what the server holds) and the moves queued after it are dropped.

export function useOutlineMoves(initial: CourseOutline) {
  const t = useTranslations("workspace.outline");
  const describe = useApiError();
  const [outline, setOutline] = useState(initial);
  const [seen, setSeen] = useState(initial);
  if (initial !== seen) {
    // The server sent a fresh outline (after a refresh): it is the truth now.
    setSeen(initial);
    setOutline(initial);
  }
  const current = useRef(outline);
  useEffect(() => {
    current.current = outline;
  }, [outline]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const generation = useRef(0);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback((next: CourseOutline) => {
    current.current = next;
    setOutline(next);
  }, []);

  /** Shows `next` and sends the move; on failure shows `before` again with the reason. */
  const commit = useCallback(
    (before: CourseOutline, next: CourseOutline, url: string, body: object) => {
      show(next);
      setError(null);
      const round = generation.current;
      queue.current = queue.current.then(async () => {
        if (round !== generation.current) return; // undone with an earlier move that failed
        const res = await callApi(url, "PATCH", body);
        if (res.ok) return;
        generation.current += 1;
        show(before);
        setError(t("moveFailed", { reason: describe(res) }));
      });
    },
    [describe, show, t],
  );

  /** Moves a lesson; `before` is the outline to return to on failure (the one before a drag began). */
  const commitLesson = useCallback(
    (id: string, to: LessonPlace, before = current.current) =>
      commit(before, moveLesson(current.current, id, to), `/api/articles/${id}`, {
        chapterId: to.chapterId,
        position: to.index,
      }),
    [commit],
  );

  const commitChapter = useCallback(
    (id: string, to: number, before = current.current) =>
      commit(before, moveChapter(current.current, id, to), `/api/chapters/${id}`, { position: to }),
    [commit],
  );

  return { outline, current, show, commitLesson, commitChapter, error, setError };
}
