"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { OutlineChapter } from "@/lib/courses/outline-schema";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Asks before a chapter is deleted (its lessons stay, without a chapter); open while `chapter` is set. */
export function DeleteChapterDialog({
  chapter,
  onClose,
  onDeleted,
}: {
  chapter: OutlineChapter | null;
  onClose: () => void;
  onDeleted: (chapter: OutlineChapter) => void;
}) {
  const t = useTranslations("workspace.outline");
  const describe = useApiError();
  const [error, setError] = useState<string | null>(null);
  const [asked, setAsked] = useState(chapter);
  if (chapter !== asked) {
    // A new question: the last one's error is gone.
    setAsked(chapter);
    setError(null);
  }

  async function remove(target: OutlineChapter) {
    const res = await callApi<null>(`/api/chapters/${target.id}`, "DELETE");
    if (!res.ok) return setError(describe(res));
    onDeleted(target);
  }

  return (
    <ConfirmDialog
      open={chapter !== null}
      onClose={onClose}
      title={t("deleteTitle", { title: chapter?.title ?? "" })}
      body={t("deleteBody", { count: chapter?.lessons.length ?? 0 })}
      error={error}
      cancelLabel={t("cancel")}
      confirmLabel={t("deleteConfirm")}
      onConfirm={() => chapter && void remove(chapter)}
      isDanger
    />
  );
}
