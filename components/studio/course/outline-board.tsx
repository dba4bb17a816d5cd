"use client";

import { card, errorText } from "@/components/ui/styles";
import { CHAPTER_TITLE_MAX_LENGTH } from "@/lib/chapters/schema";
import type { CourseOutline, OutlineChapter } from "@/lib/courses/outline-schema";
import { DndContext } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ChapterSection } from "./chapter-section";
import { DeleteChapterDialog } from "./delete-chapter-dialog";
import { LessonRow } from "./lesson-row";
import { NewLesson } from "./new-lesson";
import { chapterDragId, lessonsIn, lessonStep } from "./reorder";
import { TitleForm } from "./title-form";
import { UnchapteredSection } from "./unchaptered-section";
import { useChapterEdits } from "./use-chapter-edits";
import { useMoveButtons } from "./use-move-buttons";
import { useOutlineDrag } from "./use-outline-drag";
import { useOutlineMoves } from "./use-outline-moves";
import { useOutlineNarrator } from "./use-outline-narrator";

/** The Lessons tab: chapters and lessons in course order, reordered by drag and drop or keyboard. */
export function OutlineBoard({ slug, initial }: { slug: string; initial: CourseOutline }) {
  const t = useTranslations("workspace.outline");
  const moves = useOutlineMoves(initial);
  const { outline, error } = moves;
  const [announcement, setAnnouncement] = useState("");
  const [deleting, setDeleting] = useState<OutlineChapter | null>(null);
  const narrator = useOutlineNarrator(moves.current);
  const { dragKind, dndProps } = useOutlineDrag(moves, narrator.announcements);
  const { moveLessonBy, moveChapterBy } = useMoveButtons(moves, narrator, setAnnouncement);
  const { addChapter, renameChapter, chapterDeleted } = useChapterEdits(slug, moves, setAnnouncement);

  const isEmpty = outline.chapters.length === 0 && outline.unchaptered.length === 0;
  const showUnchaptered =
    outline.unchaptered.length > 0 || dragKind === "lesson" || (outline.chapters.length === 0 && !isEmpty);
  const rows = (chapterId: string | null) =>
    lessonsIn(outline, chapterId).map((lesson) => (
      <LessonRow
        key={lesson.id}
        slug={slug}
        lesson={lesson}
        canUp={lessonStep(outline, lesson.id, -1) !== null}
        canDown={lessonStep(outline, lesson.id, 1) !== null}
        onMove={(direction) => moveLessonBy(lesson.id, direction)}
      />
    ));

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-bold tracking-tight">{t("title")}</h2>
        {!isEmpty && <p className="text-sm text-muted">{t("hint")}</p>}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {error && (
        <p role="alert" className={`${errorText} rounded-lg border border-red-200 bg-red-50 px-3 py-2`}>
          {error}
        </p>
      )}
      {isEmpty && (
        <div className={`${card} p-6 text-center sm:p-8`}>
          <h3 className="text-lg font-semibold">{t("emptyTitle")}</h3>
          <p className="mx-auto mt-2 max-w-md text-muted">{t("emptyBody")}</p>
          <div className="mt-4 flex justify-center">
            <NewLesson slug={slug} chapterId={null} where={narrator.chapterTitle(null)} />
          </div>
        </div>
      )}
      <DndContext {...dndProps}>
        <SortableContext
          items={outline.chapters.map((c) => chapterDragId(c.id))}
          strategy={verticalListSortingStrategy}
        >
          <div className="space-y-4">
            {outline.chapters.map((chapter, index) => (
              <ChapterSection
                key={chapter.id}
                chapter={chapter}
                canUp={index > 0}
                canDown={index < outline.chapters.length - 1}
                onMove={(direction) => moveChapterBy(chapter.id, direction)}
                onRename={(title) => renameChapter(chapter.id, title)}
                onDelete={() => setDeleting(chapter)}
                footer={<NewLesson slug={slug} chapterId={chapter.id} where={chapter.title} />}
              >
                {rows(chapter.id)}
              </ChapterSection>
            ))}
          </div>
        </SortableContext>
        {showUnchaptered && (
          <UnchapteredSection
            lessons={outline.unchaptered}
            hasChapters={outline.chapters.length > 0}
            footer={<NewLesson slug={slug} chapterId={null} where={narrator.chapterTitle(null)} />}
          >
            {rows(null)}
          </UnchapteredSection>
        )}
      </DndContext>
      <div className={`${card} p-4`}>
        <TitleForm
          label={t("newChapterTitle")}
          submitLabel={t("addChapter")}
          max={CHAPTER_TITLE_MAX_LENGTH}
          onSubmit={addChapter}
        />
      </div>
      <DeleteChapterDialog
        chapter={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={(chapter) => {
          chapterDeleted(chapter);
          setDeleting(null);
        }}
      />
    </div>
  );
}
