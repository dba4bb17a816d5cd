"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Dialog } from "@/components/ui/dialog";
import { buttonPrimary, buttonSecondary, errorText } from "@/components/ui/styles";
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
    <Dialog open={chapter !== null} onClose={onClose} title={t("deleteTitle", { title: chapter?.title ?? "" })}>
      <p className="mt-2 text-muted">{t("deleteBody", { count: chapter?.lessons.length ?? 0 })}</p>
      {error && (
        <p role="alert" className={`${errorText} mt-3`}>
          {error}
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <button type="button" className={`${buttonSecondary} py-2`} onClick={onClose}>
          {t("cancel")}
        </button>
        <button
          type="button"
          className={`${buttonPrimary} bg-red-700 hover:bg-red-800`}
          onClick={() => chapter && void remove(chapter)}
        >
          {t("deleteConfirm")}
        </button>
      </div>
    </Dialog>
  );
}
