"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonSecondary } from "@/components/ui/styles";
import { LESSON_TITLE_MAX_LENGTH, type StudioLessonDTO } from "@/lib/lessons/schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { TitleForm } from "./title-form";

/** "New lesson" in a chapter (or outside every chapter): asks for a title, creates a draft, opens it. */
export function NewLesson({ slug, chapterId, where }: { slug: string; chapterId: string | null; where: string }) {
  const t = useTranslations("workspace.outline");
  const describe = useApiError();
  const router = useRouter();
  const [open, setOpen] = useState(false);

  if (!open) {
    return (
      <button
        type="button"
        className={buttonSecondary}
        onClick={() => setOpen(true)}
        aria-label={t("newLessonIn", { where })}
      >
        <span aria-hidden="true">+</span> {t("newLesson")}
      </button>
    );
  }
  return (
    <TitleForm
      label={t("lessonTitle")}
      submitLabel={t("createLesson")}
      max={LESSON_TITLE_MAX_LENGTH}
      autoFocus
      onCancel={() => setOpen(false)}
      onSubmit={async (title) => {
        const res = await callApi<StudioLessonDTO>(`/api/courses/${slug}/lessons`, "POST", {
          title,
          ...(chapterId && { chapterId }),
        });
        if (!res.ok) return describe(res);
        router.push(`/studio/courses/${slug}/lessons/${res.data.id}`);
        return null;
      }}
    />
  );
}
