"use client";

import { useEffect, useRef } from "react";
import { chapterStep, lessonDragId, lessonStep } from "./reorder";
import type { useOutlineMoves } from "./use-outline-moves";
import type { OutlineNarrator } from "./use-outline-narrator";

type Moves = Pick<ReturnType<typeof useOutlineMoves>, "outline" | "current" | "commitLesson" | "commitChapter">;

/**
 * The up/down buttons: a lesson or chapter moves one step, the new place is announced, and
 * the focus stays on the moved row's button (the row may remount in another chapter).
 */
export function useMoveButtons(
  { outline, current, commitLesson, commitChapter }: Moves,
  narrator: OutlineNarrator,
  announce: (text: string) => void,
) {
  const focusAfterMove = useRef<{ id: string; direction: -1 | 1 } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const button = (dir: string) =>
      document.querySelector<HTMLButtonElement>(`[data-move-for="${CSS.escape(target.id)}"][data-move="${dir}"]`);
    const wanted = button(target.direction < 0 ? "up" : "down");
    (wanted && !wanted.disabled ? wanted : button(target.direction < 0 ? "down" : "up"))?.focus();
  }, [outline]);

  function moveLessonBy(id: string, direction: -1 | 1) {
    const to = lessonStep(current.current, id, direction);
    if (!to) return;
    focusAfterMove.current = { id, direction };
    commitLesson(id, to);
    announce(narrator.lessonAt(narrator.titleOf(lessonDragId(id)), to, current.current));
  }

  function moveChapterBy(id: string, direction: -1 | 1) {
    const to = chapterStep(current.current, id, direction);
    if (to === null) return;
    focusAfterMove.current = { id, direction };
    commitChapter(id, to);
    announce(narrator.chapterAt(narrator.chapterTitle(id), to, current.current.chapters.length));
  }

  return { moveLessonBy, moveChapterBy };
}
