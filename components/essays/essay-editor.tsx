"use client";

import { ArticleMarkdown } from "@/components/articles/markdown";
import { CharCount } from "@/components/comments/char-count";
import { useApiErrorMessage } from "@/components/comments/use-messages";
import { PaneToggle, PreviewCard, paneVisibility, type EditorPane } from "@/components/editor/write-preview";
import { buttonPrimary, card, errorText, field, label } from "@/components/ui/styles";
import { ESSAY_BODY_MAX_LENGTH, ESSAY_TITLE_MAX_LENGTH, ReadyEssaySchema, type EssayDTO } from "@/lib/essays/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useDeferredValue, useId, useState } from "react";
import { SaveIndicator } from "./save-indicator";
import { EssayStatusBadge } from "./status-badge";
import { useEssayAutosave } from "./use-essay-autosave";

type Props = {
  viewerId: string;
  course: { id: string; slug: string; title: string };
  /** The saved essay; null on the new-essay page until the first save creates it. */
  initial: EssayDTO | null;
};

/** Markdown editor with live preview, autosave, and the author's side of the review: submit, revise, resubmit. */
export function EssayEditor({ viewerId, course, initial }: Props) {
  const t = useTranslations("essays");
  const describe = useApiErrorMessage("essays.errors");
  const id = useId();
  const autosave = useEssayAutosave({ viewerId, courseSlug: course.slug, courseId: course.id, initial });
  const { essay, content, setContent, isEditable } = autosave;
  const preview = useDeferredValue(content); // typing stays quick in a long essay
  const [pane, setPane] = useState<EditorPane>("write");
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const signInHref = `/signin?next=${encodeURIComponent(essay?.editHref ?? `/courses/${course.slug}/essays/new`)}`;

  async function submit() {
    const parsed = ReadyEssaySchema.safeParse(content);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const isTitle = issue?.path[0] === "title";
      const isTooLong = issue?.code === "too_big";
      return setSubmitError(
        isTitle
          ? isTooLong
            ? t("errors.titleTooLong", { max: ESSAY_TITLE_MAX_LENGTH })
            : t("errors.title")
          : isTooLong
            ? t("errors.bodyTooLong", { max: ESSAY_BODY_MAX_LENGTH })
            : t("errors.body"),
      );
    }
    setSubmitting(true);
    setSubmitError(null);
    const res = await autosave.submit();
    setSubmitting(false);
    if (res.ok) return setJustSubmitted(true);
    setSubmitError(res.status === 401 ? t("problems.session") : describe(res));
  }

  const heading = initial ? t("editHeading") : t("newHeading"); // stays put when the first save creates the draft
  return (
    <div className="mx-auto w-full">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link
          href={`/courses/${course.slug}`}
          className="inline-flex items-center gap-1 text-muted hover:text-accent-strong"
        >
          <span aria-hidden="true">←</span> {course.title}
        </Link>
      </nav>
      <header className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{heading}</h1>
        {essay && <EssayStatusBadge status={essay.status} />}
        {isEditable && <SaveIndicator autosave={autosave} signInHref={signInHref} />}
      </header>

      {essay?.status === "returned" && essay.returnNote && (
        <section aria-labelledby={`${id}-note`} className="mt-4 rounded-xl border border-warn/40 bg-warn-soft p-4">
          <h2 id={`${id}-note`} className="text-sm font-semibold text-warn">
            {t("returnedTitle")}
          </h2>
          <p className="mt-1 whitespace-pre-wrap break-words" data-testid="return-note">
            {essay.returnNote}
          </p>
          <p className="mt-2 text-sm text-muted">{t("returnedHint")}</p>
        </section>
      )}

      {isEditable ? (
        <>
          <p className="mt-2 max-w-3xl text-sm text-muted">{t("intro")}</p>
          <PaneToggle pane={pane} onChange={setPane} label={t("paneLabel")} paneLabel={(p) => t(`pane.${p}`)} />
          <div className="mt-4 grid gap-6 lg:grid-cols-2">
            <div className={`space-y-4 ${paneVisibility(pane, "write")}`}>
              <div className="space-y-1">
                <label htmlFor={`${id}-title`} className={label}>
                  {t("titleLabel")}
                </label>
                <input
                  id={`${id}-title`}
                  value={content.title}
                  maxLength={ESSAY_TITLE_MAX_LENGTH}
                  onChange={(e) => setContent({ ...content, title: e.target.value })}
                  className={field}
                  autoComplete="off"
                />
              </div>
              <div className="space-y-1">
                <label htmlFor={`${id}-body`} className={label}>
                  {t("bodyLabel")}
                </label>
                <p id={`${id}-hint`} className="text-xs text-muted">
                  {t("bodyHint")}
                </p>
                <textarea
                  id={`${id}-body`}
                  value={content.body}
                  rows={16}
                  onChange={(e) => setContent({ ...content, body: e.target.value })}
                  aria-describedby={`${id}-hint ${id}-count`}
                  className={`${field} min-h-64 resize-y font-mono text-[0.9375rem] leading-relaxed lg:min-h-[28rem]`}
                />
                <div className="flex justify-end">
                  <CharCount id={`${id}-count`} length={content.body.length} max={ESSAY_BODY_MAX_LENGTH} />
                </div>
              </div>
            </div>
            <section aria-labelledby={`${id}-preview`} className={paneVisibility(pane, "preview")}>
              <h2 id={`${id}-preview`} className="text-sm font-medium text-ink">
                {t("preview")}
              </h2>
              <PreviewCard
                content={preview}
                untitled={t("untitled")}
                empty={t("previewEmpty")}
                testId="essay-preview"
              />
            </section>
          </div>
          <footer className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line pt-4">
            <button type="button" className={buttonPrimary} onClick={submit} disabled={isSubmitting}>
              {isSubmitting ? t("submitting") : essay?.status === "returned" ? t("resubmit") : t("submit")}
            </button>
            <p className="text-sm text-muted">{t("submitHint")}</p>
            {submitError && (
              <p role="alert" className={`${errorText} w-full`}>
                {submitError}{" "}
                {submitError === t("problems.session") && (
                  <a href={signInHref} target="_blank" rel="noopener" className="font-medium underline">
                    {t("problems.signIn")}
                  </a>
                )}
              </p>
            )}
          </footer>
        </>
      ) : (
        essay && (
          <>
            <p
              role="status"
              className="mt-4 rounded-lg bg-accent-soft px-3 py-2 text-sm font-medium text-accent-strong"
            >
              {essay.status === "published"
                ? t("publishedNote")
                : justSubmitted
                  ? t("justSubmitted")
                  : t("submittedNote")}{" "}
              {essay.status === "published" && (
                <Link href={essay.href} className="underline">
                  {t("viewPublished")}
                </Link>
              )}
            </p>
            <article className={`${card} mt-4 p-5 sm:p-8`}>
              <h2 className="text-2xl font-bold leading-tight tracking-tight text-balance">{essay.title}</h2>
              <ArticleMarkdown source={essay.body} className="mt-4" />
            </article>
          </>
        )
      )}
    </div>
  );
}
