"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { Dialog } from "@/components/ui/dialog";
import { buttonPrimary, buttonSecondary, card, errorText } from "@/components/ui/styles";
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
      <Dialog
        open={isOpen}
        onClose={() => setOpen(false)}
        title={archived ? t("confirmUnarchiveTitle") : t("confirmArchiveTitle")}
      >
        <p className="mt-2 text-muted">{archived ? t("confirmUnarchiveBody") : t("confirmArchiveBody")}</p>
        {error && (
          <p role="alert" className={`${errorText} mt-3`}>
            {error}
          </p>
        )}
        <div className="mt-6 flex flex-wrap justify-end gap-2">
          <button type="button" className={`${buttonSecondary} py-2`} onClick={() => setOpen(false)}>
            {t("cancel")}
          </button>
          <button type="button" className={buttonPrimary} disabled={busy} onClick={() => void confirm()}>
            {archived ? t("unarchive") : t("archive")}
          </button>
        </div>
      </Dialog>
    </section>
  );
}
