"use client";

import { buttonQuiet } from "@/components/ui/styles";
import { CHAPTER_TITLE_MAX_LENGTH } from "@/lib/chapters/schema";
import type { OutlineChapter } from "@/lib/courses/outline-schema";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useId, useState, type ReactNode } from "react";
import { chapterDragId, lessonDragId, zoneDragId } from "./reorder";
import { DragHandle, dragStyle, MoveButtons } from "./sortable-parts";
import { TitleForm } from "./title-form";

type Props = {
  chapter: OutlineChapter;
  canUp: boolean;
  canDown: boolean;
  onMove: (direction: -1 | 1) => void;
  onRename: (title: string) => Promise<string | null>;
  onDelete: () => void;
  /** The lesson rows, then the chapter's "New lesson". */
  children: ReactNode;
  footer: ReactNode;
};

/** A chapter: its header (grip, title, move, rename, delete) and its lessons, a drop zone even when empty. */
export function ChapterSection({ chapter, canUp, canDown, onMove, onRename, onDelete, children, footer }: Props) {
  const t = useTranslations("workspace.outline");
  const headingId = useId();
  const [isRenaming, setRenaming] = useState(false);
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging } = useSortable({
    id: chapterDragId(chapter.id),
    data: { type: "chapter" },
  });
  const { setNodeRef: setZoneRef, isOver } = useDroppable({ id: zoneDragId(chapter.id), data: { type: "zone" } });

  return (
    <section
      ref={setNodeRef}
      style={dragStyle({ transform, transition })}
      aria-labelledby={headingId}
      data-chapter-id={chapter.id}
      className={`rounded-xl border border-line bg-card shadow-sm ${isDragging ? "relative z-20 opacity-90 shadow-xl" : ""}`}
    >
      <header className="flex flex-wrap items-center gap-x-2 gap-y-2 border-b border-line px-2 py-2 sm:px-3">
        <DragHandle
          label={t("dragChapter", { title: chapter.title })}
          setRef={setActivatorNodeRef}
          attributes={attributes}
          listeners={listeners}
        />
        {isRenaming ? (
          <div className="min-w-0 flex-1 py-1">
            <h3 id={headingId} className="sr-only">
              {chapter.title}
            </h3>
            <TitleForm
              label={t("chapterTitle")}
              submitLabel={t("rename")}
              max={CHAPTER_TITLE_MAX_LENGTH}
              initial={chapter.title}
              autoFocus
              onCancel={() => setRenaming(false)}
              onSubmit={async (title) => {
                const error = await onRename(title);
                if (!error) setRenaming(false);
                return error;
              }}
            />
          </div>
        ) : (
          <>
            <h3
              id={headingId}
              className="min-w-0 flex-1 basis-[calc(100%-2.5rem)] font-semibold break-words sm:basis-0"
            >
              {chapter.title}{" "}
              <span className="text-sm font-normal text-muted">
                {t("lessonCount", { count: chapter.lessons.length })}
              </span>
            </h3>
            <span className="ml-auto flex items-center">
              <MoveButtons id={chapter.id} title={chapter.title} canUp={canUp} canDown={canDown} onMove={onMove} />
              <button
                type="button"
                className={buttonQuiet}
                onClick={() => setRenaming(true)}
                aria-label={t("renameChapter", { title: chapter.title })}
              >
                {t("rename")}
              </button>
              <button
                type="button"
                className={`${buttonQuiet} hover:text-red-700`}
                onClick={onDelete}
                aria-label={t("deleteChapter", { title: chapter.title })}
              >
                {t("delete")}
              </button>
            </span>
          </>
        )}
      </header>
      <SortableContext items={chapter.lessons.map((l) => lessonDragId(l.id))} strategy={verticalListSortingStrategy}>
        <ol
          ref={setZoneRef}
          aria-labelledby={headingId}
          className={`min-h-12 divide-y divide-line ${isOver ? "bg-accent-soft/50" : ""}`}
        >
          {children}
          {chapter.lessons.length === 0 && <li className="px-4 py-3 text-sm text-muted">{t("emptyChapter")}</li>}
        </ol>
      </SortableContext>
      <div className="border-t border-line px-3 py-3">{footer}</div>
    </section>
  );
}
