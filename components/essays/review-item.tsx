"use client";

import { useApiErrorMessage } from "@/components/comments/use-messages";
import { callApi } from "@/components/ui/api";
import { buttonPrimary, buttonQuiet, buttonSecondary, card, errorText, field } from "@/components/ui/styles";
import { RETURN_NOTE_MAX_LENGTH, ReturnNoteField, type EssayDTO, type EssaySummaryDTO } from "@/lib/essays/schema";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState, type ReactNode } from "react";

type Outcome = { kind: "published"; href: string } | { kind: "returned" };

/**
 * One submitted essay on the instructor's desk: read it (the body comes rendered from the
 * server as `children`), publish it, or return it with a note. Once acted on, it shrinks
 * to a one-line outcome without a reload.
 */
export function ReviewItem({ essay, children }: { essay: EssaySummaryDTO; children: ReactNode }) {
  const t = useTranslations("essays.review");
  const format = useFormatter();
  const describe = useApiErrorMessage("essays.errors");
  const id = useId();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isReturning, setReturning] = useState(false);
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState<"publish" | "return" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function act(action: "publish" | "return") {
    const body = action === "publish" ? { action } : { action, note };
    if (action === "return" && !ReturnNoteField.safeParse(note).success) return setError(t("noteNeeded"));
    setBusy(action);
    setError(null);
    const res = await callApi<EssayDTO>(`/api/articles/${essay.id}`, "PATCH", body);
    setBusy(null);
    if (!res.ok) return setError(describe(res));
    setOutcome(action === "publish" ? { kind: "published", href: res.data.href } : { kind: "returned" });
  }

  const title = essay.title.trim() || t("untitled");
  return (
    <article aria-labelledby={`${id}-title`} className={`${card} p-5 sm:p-6`}>
      <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">{essay.course.title}</p>
      <h3 id={`${id}-title`} className="mt-1 text-xl font-bold leading-snug text-balance">
        {title}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {t("byline", { name: essay.author.name })}
        {essay.submittedAt && (
          <>
            {" "}
            ·{" "}
            {t("submittedAt", {
              date: format.dateTime(new Date(essay.submittedAt), { dateStyle: "medium", timeStyle: "short" }),
            })}
          </>
        )}
      </p>
      {outcome ? (
        <p role="status" className="mt-4 rounded-lg bg-accent-soft px-3 py-2 text-sm font-medium text-accent-strong">
          {outcome.kind === "published" ? (
            <>
              {t("published")}{" "}
              <Link href={outcome.href} className="underline">
                {t("openPublished")}
              </Link>
            </>
          ) : (
            t("returned", { name: essay.author.name })
          )}
        </p>
      ) : (
        <>
          {essay.returnNote && (
            <p className="mt-3 border-l-2 border-warn/50 pl-3 text-sm text-muted">
              <span className="font-medium text-warn">{t("previousNote")}</span> {essay.returnNote}
            </p>
          )}
          <details open className="group mt-4">
            <summary className="cursor-pointer text-sm font-medium text-accent-strong">{t("read")}</summary>
            <div className="mt-3 max-h-[36rem] overflow-y-auto rounded-lg border border-line bg-paper px-4 sm:px-6">
              {children}
            </div>
          </details>
          <div className="mt-4 flex flex-wrap items-center gap-2">
            <button type="button" className={buttonPrimary} onClick={() => act("publish")} disabled={busy !== null}>
              {busy === "publish" ? t("publishing") : t("publish")}
            </button>
            <button
              type="button"
              className={buttonSecondary}
              aria-expanded={isReturning}
              aria-controls={`${id}-return`}
              onClick={() => setReturning((v) => !v)}
              disabled={busy !== null}
            >
              {t("returnWithNote")}
            </button>
          </div>
          {isReturning && (
            <div id={`${id}-return`} className="mt-3 space-y-2 rounded-lg border border-line bg-paper p-3">
              <label htmlFor={`${id}-note`} className="text-sm font-medium">
                {t("noteLabel", { name: essay.author.name })}
              </label>
              <textarea
                id={`${id}-note`}
                rows={3}
                maxLength={RETURN_NOTE_MAX_LENGTH}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                className={field}
              />
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className={buttonSecondary}
                  onClick={() => act("return")}
                  disabled={busy !== null}
                >
                  {busy === "return" ? t("returning") : t("sendBack")}
                </button>
                <button type="button" className={buttonQuiet} onClick={() => setReturning(false)}>
                  {t("cancel")}
                </button>
              </div>
            </div>
          )}
          {error && (
            <p role="alert" className={`${errorText} mt-2`}>
              {error}
            </p>
          )}
        </>
      )}
    </article>
  );
}
