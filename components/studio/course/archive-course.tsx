"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { buttonSecondary, card } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";

/** Archive (reads normally, takes no new comments) or bring back a course, after a confirmation. */
export function ArchiveCourse({ slug, archived }: { slug: string; archived: boolean }) {
  const t = useTranslations("workspace.archive");
  const describe = useApiError();
  const router = useRouter();
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const res = await callApi(`/api/courses/${slug}`, "PATCH", { archived: !archived });
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    setOpen(false);
    router.refresh();
  }

  return (
    <section aria-labelledby={`${id}-h`} className={`${card} space-y-3 p-5 sm:p-6`}>
      <h2 id={`${id}-h`} className="text-lg font-bold">
        {archived ? t("archivedTitle") : t("title")}
      </h2>
      <p className="text-muted">{archived ? t("archivedBody") : t("body")}</p>
      <button type="button" className={`${buttonSecondary} py-2`} onClick={() => setOpen(true)}>
        {archived ? t("unarchive") : t("archive")}
      </button>
      <ConfirmDialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={archived ? t("confirmUnarchiveTitle") : t("confirmArchiveTitle")}
        body={archived ? t("confirmUnarchiveBody") : t("confirmArchiveBody")}
        error={error}
        cancelLabel={t("cancel")}
        confirmLabel={archived ? t("unarchive") : t("archive")}
        onConfirm={() => void confirm()}
        isBusy={busy}
      />
    </section>
  );
}
