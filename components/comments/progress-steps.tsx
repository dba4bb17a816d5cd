import { progressStep } from "@/lib/comments/progress";
import type { CommentProgressDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";

// The author's view of their comment: received → seen by an instructor → the outcome, as a
// small step list. Rendered on the server (/me) and in the browser (the article page).
// Each step says in words whether it is done, current or still ahead: not colour alone.

const dot = {
  done: "bg-accent text-white",
  current: "bg-accent text-white ring-2 ring-accent/30",
  ahead: "border border-line bg-card text-muted",
} as const;

export function ProgressSteps({ progress, className = "" }: { progress: CommentProgressDTO; className?: string }) {
  const t = useTranslations("progress");
  const reached = progressStep(progress);
  const outcome = progress.state === "received" || progress.state === "seen" ? t("undecided") : t(progress.state);
  const labels = [t("received"), t("seen"), outcome];
  return (
    <div className={className} data-testid="comment-progress">
      <ol aria-label={t("label")} className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-xs">
        {labels.map((text, i) => {
          const phase = i < reached ? "done" : i === reached ? "current" : "ahead";
          return (
            <li
              key={i}
              aria-current={phase === "current" ? "step" : undefined}
              className={`flex items-center gap-1.5 ${phase === "ahead" ? "text-muted" : "font-semibold text-ink"}`}
            >
              {i > 0 && (
                <span aria-hidden="true" className="text-muted">
                  →
                </span>
              )}
              <span
                aria-hidden="true"
                className={`inline-flex size-4 items-center justify-center rounded-full ${dot[phase]}`}
              >
                {phase === "done" ? "✓" : ""}
              </span>
              {text}
              <span className="sr-only">
                ({phase === "done" ? t("done") : phase === "current" ? t("current") : t("notYet")})
              </span>
            </li>
          );
        })}
      </ol>
      {progress.reason && (
        <p className="mt-1 whitespace-pre-wrap break-words text-sm text-muted">
          {t("note", { reason: progress.reason })}
        </p>
      )}
    </div>
  );
}
