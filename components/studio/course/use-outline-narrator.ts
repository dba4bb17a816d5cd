"use client";

import type { CourseOutline } from "@/lib/courses/outline-schema";
import type { Announcements, UniqueIdentifier } from "@dnd-kit/core";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { findLesson, lessonDropPlace, lessonsIn, moveLesson, parseDragId, type LessonPlace } from "./reorder";

/** What the outline tells screen readers: where a dragged or moved lesson or chapter stands. */
export function useOutlineNarrator(current: RefObject<CourseOutline>) {
  const t = useTranslations("workspace.outline");

  const chapterTitle = (chapterId: string | null, o = current.current) =>
    chapterId === null ? t("unchaptered") : (o.chapters.find((c) => c.id === chapterId)?.title ?? "");
  const titleOf = (id: UniqueIdentifier) => {
    const target = parseDragId(id);
    if (target?.kind === "chapter") return chapterTitle(target.id);
    if (target?.kind !== "lesson") return "";
    const place = findLesson(current.current, target.id);
    return place ? (lessonsIn(current.current, place.chapterId)[place.index]?.title ?? "") : "";
  };
  /** "Lesson 2 of 3 in Basics": `moved` is the outline with the lesson at `to`. */
  const lessonAt = (title: string, to: LessonPlace, moved: CourseOutline) =>
    t("announce.lessonAt", {
      title,
      position: to.index + 1,
      count: lessonsIn(moved, to.chapterId).length,
      chapter: chapterTitle(to.chapterId, moved),
    });
  const chapterAt = (title: string, index: number, count: number) =>
    t("announce.chapterAt", { title, position: index + 1, count });

  /** Where a dragged item would land. */
  const whereText = (active: UniqueIdentifier, over: UniqueIdentifier | undefined) => {
    const a = parseDragId(active);
    const o = over === undefined ? null : parseDragId(over);
    const shown = current.current;
    if (a?.kind === "chapter" && o?.kind === "chapter") {
      const index = shown.chapters.findIndex((c) => c.id === o.id);
      return chapterAt(titleOf(active), index, shown.chapters.length);
    }
    if (a?.kind !== "lesson" || !o) return t("announce.nowhere", { title: titleOf(active) });
    const to = lessonDropPlace(shown, a.id, o);
    if (!to) return t("announce.nowhere", { title: titleOf(active) });
    return lessonAt(titleOf(active), to, moveLesson(shown, a.id, to));
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("announce.picked", { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => whereText(active.id, over?.id),
    onDragEnd: ({ active, over }) => t("announce.dropped", { where: whereText(active.id, over?.id) }),
    onDragCancel: ({ active }) => t("announce.cancelled", { title: titleOf(active.id) }),
  };

  return { chapterTitle, titleOf, lessonAt, chapterAt, announcements };
}

export type OutlineNarrator = ReturnType<typeof useOutlineNarrator>;
