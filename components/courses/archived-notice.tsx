import { useTranslations } from "next-intl";

/** Shown where an archived course would take something new: a comment, a reply, a reflection. */
export function ArchivedNotice({ className = "" }: { className?: string }) {
  const t = useTranslations("reader");
  return (
    <div role="status" className={`rounded-xl border border-line bg-card p-4 ${className}`}>
      <p className="font-medium">{t("archived")}</p>
      <p className="mt-1 text-sm text-muted">{t("archivedNote")}</p>
    </div>
  );
}
