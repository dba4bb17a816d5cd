import { placeAt } from "@/lib/courses/order";
import type { CourseOutline, OutlineLesson } from "@/lib/courses/outline-schema";

// The workspace's order, as pure functions: where a lesson or chapter lands after a drag or
// a "Move up" / "Move down", and the outline after the move. Positions are 0-based indexes,
// as PATCH /api/chapters/{id} and PATCH /api/articles/{id} take them, and a move lands as the
// server places it (placeAt, lib/courses/order.ts).

/** Where a lesson sits: its chapter (null: after every chapter) and its index there. */
export type LessonPlace = { chapterId: string | null; index: number };

export const lessonsIn = (outline: CourseOutline, chapterId: string | null): OutlineLesson[] =>
  chapterId === null ? outline.unchaptered : (outline.chapters.find((c) => c.id === chapterId)?.lessons ?? []);

export function findLesson(outline: CourseOutline, id: string): LessonPlace | null {
  for (const chapterId of containers(outline)) {
    const index = lessonsIn(outline, chapterId).findIndex((l) => l.id === id);
    if (index >= 0) return { chapterId, index };
  }
  return null;
}

/** The lists a lesson can be in, in course order. */
const containers = (outline: CourseOutline): Array<string | null> => [...outline.chapters.map((c) => c.id), null];

const renumber = (lessons: OutlineLesson[], chapterId: string | null) =>
  lessons.map((l, position) => ({ ...l, chapterId, position }));

const byId = (x: { id: string }) => x.id;

/** The outline with lesson `id` moved to `to` (`to.index` counts without the lesson itself). */
export function moveLesson(outline: CourseOutline, id: string, to: LessonPlace): CourseOutline {
  const from = findLesson(outline, id);
  if (!from) return outline;
  const lesson = lessonsIn(outline, from.chapterId)[from.index]!;
  const lists = new Map(containers(outline).map((c) => [c, lessonsIn(outline, c).filter((l) => l.id !== id)]));
  const target = lists.get(to.chapterId);
  if (!target) return outline;
  lists.set(to.chapterId, placeAt(target, lesson, to.index, byId));
  return {
    chapters: outline.chapters.map((c) => ({ ...c, lessons: renumber(lists.get(c.id)!, c.id) })),
    unchaptered: renumber(lists.get(null)!, null),
  };
}

/** The outline with chapter `id` moved to index `to`. */
export function moveChapter(outline: CourseOutline, id: string, to: number): CourseOutline {
  const chapter = outline.chapters.find((c) => c.id === id);
  if (!chapter) return outline;
  const chapters = placeAt(outline.chapters, chapter, to, byId);
  return { ...outline, chapters: chapters.map((c, position) => ({ ...c, position })) };
}

/**
 * One step up or down for a lesson. At the edge of its chapter it crosses into the
 * neighbouring one (the end of the previous, the start of the next), so the keyboard
 * reaches every place a drag does. Null at the very top or bottom of the course.
 */
export function lessonStep(outline: CourseOutline, id: string, direction: -1 | 1): LessonPlace | null {
  const from = findLesson(outline, id);
  if (!from) return null;
  const count = lessonsIn(outline, from.chapterId).length;
  const index = from.index + direction;
  if (index >= 0 && index < count) return { chapterId: from.chapterId, index };
  const order = containers(outline);
  const neighbour = order[order.indexOf(from.chapterId) + direction];
  if (neighbour === undefined) return null;
  return { chapterId: neighbour, index: direction < 0 ? lessonsIn(outline, neighbour).length : 0 };
}

/** One step up or down for a chapter; null at either end. */
export function chapterStep(outline: CourseOutline, id: string, direction: -1 | 1): number | null {
  const from = outline.chapters.findIndex((c) => c.id === id);
  if (from < 0) return null;
  const to = from + direction;
  return to >= 0 && to < outline.chapters.length ? to : null;
}

/** Whether a move changes anything. */
export const samePlace = (a: LessonPlace | null, b: LessonPlace | null) =>
  a !== null && b !== null && a.chapterId === b.chapterId && a.index === b.index;

// Drag and drop: sortable items and drop zones carry prefixed ids, so one drag context can
// hold chapters, lessons and the (possibly empty) lesson list of every chapter.
export const chapterDragId = (id: string) => `chapter:${id}`;
export const lessonDragId = (id: string) => `lesson:${id}`;
export const zoneDragId = (chapterId: string | null) => `zone:${chapterId ?? ""}`;

export type DragTarget =
  { kind: "chapter"; id: string } | { kind: "lesson"; id: string } | { kind: "zone"; chapterId: string | null };

export function parseDragId(dragId: string | number): DragTarget | null {
  const [kind, ...rest] = String(dragId).split(":");
  const id = rest.join(":");
  if (kind === "chapter" || kind === "lesson") return id ? { kind, id } : null;
  if (kind === "zone") return { kind, chapterId: id || null };
  return null;
}

/**
 * Where a dragged lesson lands when it is over `over`: another lesson's place (taking it,
 * as a sortable list does), or the end of a chapter's list when over the list itself.
 */
export function lessonDropPlace(outline: CourseOutline, lessonId: string, over: DragTarget): LessonPlace | null {
  if (over.kind === "lesson") return findLesson(outline, over.id);
  if (over.kind === "zone") {
    const from = findLesson(outline, lessonId);
    const length = lessonsIn(outline, over.chapterId).length;
    return { chapterId: over.chapterId, index: from?.chapterId === over.chapterId ? length - 1 : length };
  }
  return null;
}
