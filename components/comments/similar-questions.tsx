"use client";

import { commentAnchor } from "@/lib/comments/anchor";
import type { SimilarQuestionDTO } from "@/lib/comments/similar-schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState, type MouseEvent } from "react";

/** "Already answered?": answered questions like the draft, each with the instructor's answer and a link to it. */
export function SimilarQuestions({
  items,
  articleId,
  onDismiss,
}: {
  items: SimilarQuestionDTO[];
  articleId: string;
  onDismiss: () => void;
}) {
  const t = useTranslations("comments.similar");
  if (items.length === 0) return null;
  return (
    <section
      aria-labelledby="similar-questions-heading"
      className="rounded-lg border border-accent/30 bg-accent-soft/60 p-3 sm:p-4"
      data-testid="similar-questions"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h3 id="similar-questions-heading" className="text-sm font-semibold text-accent-strong">
            {t("heading")}
          </h3>
          <p className="text-xs text-muted">{t("intro")}</p>
        </div>
        <button
          type="button"
          onClick={onDismiss}
          aria-label={t("dismiss")}
          title={t("dismiss")}
          className="-mr-1 -mt-1 rounded-md px-2 py-0.5 text-lg leading-none text-muted transition hover:bg-black/5 hover:text-ink"
        >
          ×
        </button>
      </div>
      <ul className="mt-3 space-y-3">
        {items.map((item) => (
          <Suggestion key={item.comment.id} item={item} isHere={item.comment.articleId === articleId} />
        ))}
      </ul>
    </section>
  );
}

function Suggestion({ item, isHere }: { item: SimilarQuestionDTO; isHere: boolean }) {
  const t = useTranslations("comments.similar");
  const [isExpanded, setExpanded] = useState(false);
  const clamp = isExpanded ? "" : "line-clamp-2";

  // On this page the comment may be a few pages down the list: then the answer opens here instead.
  function follow(event: MouseEvent<HTMLAnchorElement>) {
    if (!isHere) return;
    event.preventDefault();
    const target = document.getElementById(commentAnchor(item.comment.id));
    if (!target) return setExpanded(true);
    window.history.pushState(null, "", `#${commentAnchor(item.comment.id)}`);
    target.setAttribute("tabindex", "-1");
    target.scrollIntoView({ behavior: "smooth", block: "start" });
    target.focus({ preventScroll: true });
  }

  return (
    <li className="rounded-md border border-line bg-card p-3 text-sm shadow-sm">
      <p className={`whitespace-pre-wrap break-words font-medium ${clamp}`}>{item.comment.body}</p>
      <div className="mt-2 border-l-4 border-accent pl-3">
        <p className="text-xs font-semibold text-accent-strong">
          {t("answerBy", { name: item.authorReply.author.name })}
        </p>
        <p className={`whitespace-pre-wrap break-words text-muted ${clamp}`}>{item.authorReply.body}</p>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Link
          href={item.href}
          onClick={follow}
          className="font-medium text-accent-strong underline underline-offset-2 hover:text-ink"
        >
          {t("readAnswer")}
        </Link>
        {!isHere && <span className="text-xs text-muted">{t("otherArticle")}</span>}
      </div>
    </li>
  );
}
