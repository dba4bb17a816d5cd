"use client";

import { useApiErrorMessage } from "@/components/comments/use-messages";
import { callApi } from "@/components/ui/api";
import { buttonSecondary, errorText } from "@/components/ui/styles";
import type { EssayDTO } from "@/lib/essays/schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Features a published essay at the top of its course's Learner stories, or stops featuring it. */
export function ReviewPinToggle({
  essayId,
  pinned,
  describedBy,
}: {
  essayId: string;
  pinned: boolean;
  describedBy: string;
}) {
  const t = useTranslations("essays.review");
  const describe = useApiErrorMessage("essays.errors");
  const router = useRouter();
  const [isPinned, setPinned] = useState(pinned);
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setBusy(true);
    setError(null);
    const res = await callApi<EssayDTO>(`/api/articles/${essayId}`, "PATCH", { storyPinned: !isPinned });
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    setPinned(res.data.storyPinned);
    router.refresh(); // pinned ones sort first
  }

  return (
    <div className="flex flex-col items-start gap-1 sm:items-end">
      <button
        type="button"
        className={`${buttonSecondary} aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong`}
        aria-pressed={isPinned}
        aria-describedby={describedBy}
        onClick={toggle}
        disabled={isBusy}
      >
        {isPinned ? t("pinned") : t("pin")}
      </button>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
