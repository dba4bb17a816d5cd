"use client";

import { callApi, useApiError } from "@/components/ui/api";
import type { ChapterDTO } from "@/lib/chapters/schema";
import type { OutlineChapter } from "@/lib/courses/outline-schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { useOutlineMoves } from "./use-outline-moves";

type Moves = Pick<ReturnType<typeof useOutlineMoves>, "current" | "show">;

/**
 * Adding, renaming and (after the dialog's DELETE) dropping chapters on the shown outline.
 * add and rename resolve to an error message, or null when the server agreed.
 */
export function useChapterEdits(slug: string, { current, show }: Moves, announce: (text: string) => void) {
  const t = useTranslations("workspace.outline");
  const describe = useApiError();
  const router = useRouter();

  async function addChapter(title: string) {
    const res = await callApi<ChapterDTO>(`/api/courses/${slug}/chapters`, "POST", { title });
    if (!res.ok) return describe(res);
    const o = current.current;
    show({
      ...o,
      chapters: [...o.chapters, { id: res.data.id, title: res.data.title, position: o.chapters.length, lessons: [] }],
    });
    announce(t("chapterAdded", { title: res.data.title }));
    return null;
  }

  async function renameChapter(id: string, title: string) {
    const res = await callApi<ChapterDTO>(`/api/chapters/${id}`, "PATCH", { title });
    if (!res.ok) return describe(res);
    const o = current.current;
    show({ ...o, chapters: o.chapters.map((c) => (c.id === id ? { ...c, title: res.data.title } : c)) });
    return null;
  }

  /** The chapter is gone on the server: its lessons join the unchaptered ones. */
  function chapterDeleted(chapter: OutlineChapter) {
    const o = current.current;
    show({
      chapters: o.chapters.filter((c) => c.id !== chapter.id),
      unchaptered: [...o.unchaptered, ...chapter.lessons.map((l) => ({ ...l, chapterId: null }))],
    });
    announce(t("chapterDeleted", { title: chapter.title }));
    router.refresh(); // the server's order of the lessons that left the chapter
  }

  return { addChapter, renameChapter, chapterDeleted };
}
