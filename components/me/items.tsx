import { ProgressSteps } from "@/components/comments/progress-steps";
import { Dated } from "@/components/ui/dated";
import type { MyCommentDTO, MyReplyDTO } from "@/lib/me";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";

// One row of /me's comment and reply lists. Rendered on the server for the first page and in
// the browser for the pages after it (components/me/pages.tsx), from the same DTOs.

const tag = "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold";

/** "3 hours ago", with the full date on hover and focus; `now` comes from the server so both render alike. */
export function When({ iso, now }: { iso: string; now: number }) {
  const format = useFormatter();
  return (
    <Dated iso={iso} align="start">
      {format.relativeTime(new Date(iso), now)}
    </Dated>
  );
}

function On({ article }: { article: MyCommentDTO["article"] }) {
  const t = useTranslations("me");
  return (
    <p className="mt-1 text-sm text-muted">
      {t.rich("on", {
        title: article.title,
        link: (chunks) => (
          <Link href={article.href} className="text-accent-strong underline underline-offset-2">
            {chunks}
          </Link>
        ),
      })}
    </p>
  );
}

/** One of the user's comments, with where it stands. */
export function MyCommentItem({ comment: c, now }: { comment: MyCommentDTO; now: number }) {
  const t = useTranslations("me");
  return (
    <li className="py-3" data-testid="my-comment">
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-xs text-muted">
          <When iso={c.createdAt} now={now} />
          {c.status === "featured" && <> · {t("likesReplies", { likes: c.likeCount, replies: c.replyCount })}</>}
        </span>
      </div>
      <ProgressSteps progress={c.progress} className="mt-1.5" />
      <p className="mt-1 whitespace-pre-wrap break-words">{c.body}</p>
      <On article={c.article} />
      {c.answeredInHref && (
        <p className="mt-1 text-sm">
          <Link href={c.answeredInHref} className="text-accent-strong underline underline-offset-2">
            {t("answerLink")}
          </Link>
        </p>
      )}
    </li>
  );
}

/** One of the user's replies. */
export function MyReplyItem({ reply: r, now }: { reply: MyReplyDTO; now: number }) {
  const t = useTranslations("me");
  return (
    <li className="py-3" data-testid="my-reply">
      <div className="flex flex-wrap items-center gap-1.5">
        {r.isAuthorReply && <span className={`${tag} bg-accent-soft text-accent-strong`}>{t("authorReply")}</span>}
        {r.isHidden && <span className={`${tag} bg-black/5 text-muted`}>{t("hiddenReply")}</span>}
        {r.isPending && !r.isHidden && <span className={`${tag} bg-warn-soft text-warn`}>{t("pendingReply")}</span>}
        <span className="text-xs text-muted">
          <When iso={r.createdAt} now={now} />
        </span>
      </div>
      <p className="mt-1 whitespace-pre-wrap break-words">{r.body}</p>
      <On article={r.article} />
    </li>
  );
}
