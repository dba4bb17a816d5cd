"use client";

import type { OutlineLesson } from "@/lib/courses/outline-schema";
import { useSortable } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { LessonStateBadge } from "./lesson-state-badge";
import { lessonDragId } from "./reorder";
import { DragHandle, dragStyle, MoveButtons } from "./sortable-parts";

type Props = {
  slug: string;
  lesson: OutlineLesson;
  canUp: boolean;
  canDown: boolean;
  onMove: (direction: -1 | 1) => void;
};

/** One lesson in the outline: drag grip, title (opens the editor), state, move buttons. */
export function LessonRow({ slug, lesson, canUp, canDown, onMove }: Props) {
  const t = useTranslations("workspace.outline");
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: lessonDragId(lesson.id),
    data: { type: "lesson" },
  });
  const title = lesson.title || t("untitled");
  return (
    <li
      ref={setNodeRef}
      style={dragStyle({ transform, transition })}
      data-lesson-id={lesson.id}
      className={`flex items-center gap-2 bg-card px-2 py-2 sm:px-3 ${isDragging ? "relative z-10 opacity-80 shadow-lg" : ""}`}
    >
      <DragHandle
        label={t("dragLesson", { title })}
        setRef={setActivatorNodeRef}
        attributes={attributes}
        listeners={listeners}
      />
      <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-3 gap-y-1">
        <Link
          href={`/studio/courses/${slug}/lessons/${lesson.id}`}
          className="min-w-0 font-medium break-words text-ink hover:text-accent-strong hover:underline"
        >
          {title}
        </Link>
        <LessonStateBadge state={lesson.state} publishedAt={lesson.publishedAt} />
      </div>
      <MoveButtons id={lesson.id} title={title} canUp={canUp} canDown={canDown} onMove={onMove} />
    </li>
  );
}
