import type { EssayStatusName } from "@/lib/essays/schema";
import { useTranslations } from "next-intl";

const TONE: Record<EssayStatusName, string> = {
  draft: "bg-black/5 text-muted",
  submitted: "bg-sky-50 text-sky-800",
  returned: "bg-warn-soft text-warn",
  published: "bg-accent-soft text-accent-strong",
};

/** Draft / Submitted / Returned / Published, as a small tag (server and client). */
export function EssayStatusBadge({ status }: { status: EssayStatusName }) {
  const t = useTranslations("essays.status");
  return (
    <span
      data-status={status}
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${TONE[status]}`}
    >
      {t(status)}
    </span>
  );
}
