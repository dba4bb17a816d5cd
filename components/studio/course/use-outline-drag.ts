"use client";

import type { CourseOutline } from "@/lib/courses/outline-schema";
import {
  closestCenter,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { sortableKeyboardCoordinates } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { findLesson, lessonDropPlace, moveLesson, parseDragId, samePlace, type DragTarget } from "./reorder";
import type { useOutlineMoves } from "./use-outline-moves";

// Chapters hold sortable lessons; only items of the dragged kind are drop targets.
const collide: CollisionDetection = (args) => {
  const kind = args.active.data.current?.type;
  const of = (...types: string[]) =>
    args.droppableContainers.filter((c) => types.includes(String(c.data.current?.type)));
  if (kind === "chapter") return closestCenter({ ...args, droppableContainers: of("chapter") });
  const candidates = of("lesson", "zone");
  const within = pointerWithin({ ...args, droppableContainers: candidates });
  const overLesson = within.filter((c) => parseDragId(c.id)?.kind === "lesson");
  if (overLesson.length > 0) return overLesson;
  if (within.length > 0) return within;
  return closestCenter({ ...args, droppableContainers: candidates });
};

type Moves = Pick<
  ReturnType<typeof useOutlineMoves>,
  "current" | "show" | "commitLesson" | "commitChapter" | "setError"
>;

/**
 * Drag and drop on the outline: a lesson joins another chapter while it is dragged over it,
 * and the drop sends the move; a cancelled or pointless drag shows the outline as it was.
 * Returns what is being dragged and the props for the DndContext.
 */
export function useOutlineDrag(
  { current, show, commitLesson, commitChapter, setError }: Moves,
  announcements: Announcements,
) {
  const t = useTranslations("workspace.outline");
  const [dragKind, setDragKind] = useState<DragTarget["kind"] | null>(null);
  const dndId = useId(); // the same ids for the drag hints on the server and in the browser
  const dragStart = useRef<CourseOutline | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  function onDragStart({ active }: DragStartEvent) {
    dragStart.current = current.current;
    setDragKind(parseDragId(active.id)?.kind ?? null);
    setError(null);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    const a = parseDragId(active.id);
    const o = over ? parseDragId(over.id) : null;
    if (a?.kind !== "lesson" || !o) return;
    const from = findLesson(current.current, a.id);
    const to = lessonDropPlace(current.current, a.id, o);
    // Within one list the sortable shows the move; into another list the lesson joins it now.
    if (from && to && to.chapterId !== from.chapterId) show(moveLesson(current.current, a.id, to));
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const before = dragStart.current;
    dragStart.current = null;
    setDragKind(null);
    if (!before) return;
    const a = parseDragId(active.id);
    const o = over ? parseDragId(over.id) : null;
    if (a?.kind === "chapter") {
      const from = before.chapters.findIndex((c) => c.id === a.id);
      const to = o?.kind === "chapter" ? current.current.chapters.findIndex((c) => c.id === o.id) : -1;
      if (to < 0 || to === from) return show(before);
      return commitChapter(a.id, to, before);
    }
    if (a?.kind !== "lesson" || !o) return show(before);
    const to = lessonDropPlace(current.current, a.id, o);
    const final = to && findLesson(moveLesson(current.current, a.id, to), a.id);
    if (!final || samePlace(findLesson(before, a.id), final)) return show(before);
    commitLesson(a.id, final, before);
  }

  function onDragCancel() {
    if (dragStart.current) show(dragStart.current);
    dragStart.current = null;
    setDragKind(null);
  }

  const dndProps = {
    id: dndId,
    sensors,
    collisionDetection: collide,
    onDragStart,
    onDragOver,
    onDragEnd,
    onDragCancel,
    accessibility: { announcements, screenReaderInstructions: { draggable: t("announce.instructions") } },
  };
  return { dragKind, dndProps };
}
