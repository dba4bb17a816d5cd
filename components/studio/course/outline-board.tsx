"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Dialog } from "@/components/ui/dialog";
import { buttonPrimary, buttonSecondary, card, errorText } from "@/components/ui/styles";
import { CHAPTER_TITLE_MAX_LENGTH, type ChapterDTO } from "@/lib/chapters/schema";
import type { CourseOutline, OutlineChapter } from "@/lib/courses/outline-schema";
import {
  closestCenter,
  DndContext,
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
  type UniqueIdentifier,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { ChapterSection } from "./chapter-section";
import { LessonRow } from "./lesson-row";
import { NewLesson } from "./new-lesson";
import {
  chapterDragId,
  chapterStep,
  findLesson,
  lessonDropPlace,
  lessonsIn,
  lessonStep,
  moveLesson,
  parseDragId,
  samePlace,
  type DragTarget,
} from "./reorder";
import { TitleForm } from "./title-form";
import { UnchapteredSection } from "./unchaptered-section";
import { useOutlineMoves } from "./use-outline-moves";

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

/** The Lessons tab: chapters and lessons in course order, reordered by drag and drop or keyboard. */
export function OutlineBoard({ slug, initial }: { slug: string; initial: CourseOutline }) {
  const t = useTranslations("workspace.outline");
  const describe = useApiError();
  const router = useRouter();
  const { outline, current, show, commitLesson, commitChapter, error, setError } = useOutlineMoves(initial);
  const [dragKind, setDragKind] = useState<DragTarget["kind"] | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [deleting, setDeleting] = useState<OutlineChapter | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const dndId = useId(); // the same ids for the drag hints on the server and in the browser
  const dragStart = useRef<CourseOutline | null>(null);
  const focusAfterMove = useRef<{ id: string; direction: -1 | 1 } | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  // A moved row may remount in another chapter: its move button gets the focus back.
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const button = (dir: string) =>
      document.querySelector<HTMLButtonElement>(`[data-move-for="${CSS.escape(target.id)}"][data-move="${dir}"]`);
    const wanted = button(target.direction < 0 ? "up" : "down");
    (wanted && !wanted.disabled ? wanted : button(target.direction < 0 ? "down" : "up"))?.focus();
  }, [outline]);

  const chapterTitle = (chapterId: string | null, o = current.current) =>
    chapterId === null ? t("unchaptered") : (o.chapters.find((c) => c.id === chapterId)?.title ?? "");
  const titleOf = (id: UniqueIdentifier) => {
    const target = parseDragId(id);
    if (target?.kind === "chapter") return chapterTitle(target.id);
    if (target?.kind !== "lesson") return "";
    const place = findLesson(current.current, target.id);
    return place ? (lessonsIn(current.current, place.chapterId)[place.index]?.title ?? "") : "";
  };
  /** "Lesson 2 of 3 in Basics" for where a dragged item would land. */
  const whereText = (active: UniqueIdentifier, over: UniqueIdentifier | undefined) => {
    const a = parseDragId(active);
    const o = over === undefined ? null : parseDragId(over);
    const shown = current.current;
    if (a?.kind === "chapter" && o?.kind === "chapter") {
      const index = shown.chapters.findIndex((c) => c.id === o.id);
      return t("announce.chapterAt", { title: titleOf(active), position: index + 1, count: shown.chapters.length });
    }
    if (a?.kind !== "lesson" || !o) return t("announce.nowhere", { title: titleOf(active) });
    const to = lessonDropPlace(shown, a.id, o);
    if (!to) return t("announce.nowhere", { title: titleOf(active) });
    const moved = moveLesson(shown, a.id, to);
    return t("announce.lessonAt", {
      title: titleOf(active),
      position: to.index + 1,
      count: lessonsIn(moved, to.chapterId).length,
      chapter: chapterTitle(to.chapterId, moved),
    });
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => t("announce.picked", { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => whereText(active.id, over?.id),
    onDragEnd: ({ active, over }) => t("announce.dropped", { where: whereText(active.id, over?.id) }),
    onDragCancel: ({ active }) => t("announce.cancelled", { title: titleOf(active.id) }),
  };

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

  function moveLessonBy(id: string, direction: -1 | 1) {
    const to = lessonStep(current.current, id, direction);
    if (!to) return;
    focusAfterMove.current = { id, direction };
    commitLesson(id, to);
    const moved = current.current;
    const title = titleOf(`lesson:${id}`);
    setAnnouncement(
      t("announce.lessonAt", {
        title,
        position: to.index + 1,
        count: lessonsIn(moved, to.chapterId).length,
        chapter: chapterTitle(to.chapterId, moved),
      }),
    );
  }

  function moveChapterBy(id: string, direction: -1 | 1) {
    const to = chapterStep(current.current, id, direction);
    if (to === null) return;
    focusAfterMove.current = { id, direction };
    commitChapter(id, to);
    setAnnouncement(
      t("announce.chapterAt", { title: chapterTitle(id), position: to + 1, count: current.current.chapters.length }),
    );
  }

  async function addChapter(title: string) {
    const res = await callApi<ChapterDTO>(`/api/courses/${slug}/chapters`, "POST", { title });
    if (!res.ok) return describe(res);
    const o = current.current;
    show({
      ...o,
      chapters: [...o.chapters, { id: res.data.id, title: res.data.title, position: o.chapters.length, lessons: [] }],
    });
    setAnnouncement(t("chapterAdded", { title: res.data.title }));
    return null;
  }

  async function renameChapter(id: string, title: string) {
    const res = await callApi<ChapterDTO>(`/api/chapters/${id}`, "PATCH", { title });
    if (!res.ok) return describe(res);
    const o = current.current;
    show({ ...o, chapters: o.chapters.map((c) => (c.id === id ? { ...c, title: res.data.title } : c)) });
    return null;
  }

  async function deleteChapter(chapter: OutlineChapter) {
    const res = await callApi<null>(`/api/chapters/${chapter.id}`, "DELETE");
    if (!res.ok) return setDeleteError(describe(res));
    const o = current.current;
    show({
      chapters: o.chapters.filter((c) => c.id !== chapter.id),
      unchaptered: [...o.unchaptered, ...chapter.lessons.map((l) => ({ ...l, chapterId: null }))],
    });
    setDeleting(null);
    setAnnouncement(t("chapterDeleted", { title: chapter.title }));
    router.refresh(); // the server's order of the lessons that left the chapter
  }

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
            <NewLesson slug={slug} chapterId={null} where={chapterTitle(null)} />
          </div>
        </div>
      )}
      <DndContext
        id={dndId}
        sensors={sensors}
        collisionDetection={collide}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={onDragCancel}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t("announce.instructions") } }}
      >
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
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(chapter);
                }}
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
            footer={<NewLesson slug={slug} chapterId={null} where={chapterTitle(null)} />}
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
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t("deleteTitle", { title: deleting?.title ?? "" })}
      >
        <p className="mt-2 text-muted">{t("deleteBody", { count: deleting?.lessons.length ?? 0 })}</p>
        {deleteError && (
          <p role="alert" className={`${errorText} mt-3`}>
            {deleteError}
          </p>
        )}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <button type="button" className={`${buttonSecondary} py-2`} onClick={() => setDeleting(null)}>
            {t("cancel")}
          </button>
          <button
            type="button"
            className={`${buttonPrimary} bg-red-700 hover:bg-red-800`}
            onClick={() => deleting && void deleteChapter(deleting)}
          >
            {t("deleteConfirm")}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
