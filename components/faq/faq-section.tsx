import { commentAnchor } from "@/lib/comments/anchor";
import type { FaqDTO } from "@/lib/faq/schema";
import { getTranslations } from "next-intl/server";
import { AuthorAnswer, ReasonNote } from "./answered-entry";

/**
 * The article's FAQ above its discussion: each question opens on its author's answer and links
 * to the comment in the discussion. Nothing when the article has no entries.
 */
export async function FaqSection({ faq }: { faq: FaqDTO }) {
  if (faq.items.length === 0) return null;
  const t = await getTranslations("faq");
  return (
    <section aria-labelledby="faq-heading" className="mt-10 rounded-xl border border-line bg-card p-4 shadow-sm sm:p-5">
      <h2 id="faq-heading" className="text-xl font-bold tracking-tight">
        {t("heading")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ul className="mt-3 divide-y divide-line">
        {faq.items.map(({ comment, authorReply }) => (
          <li key={comment.id} className="py-2">
            <details className="group">
              <summary className="flex cursor-pointer list-none items-start gap-2 rounded-md py-1 font-medium hover:text-accent-strong [&::-webkit-details-marker]:hidden">
                <span
                  aria-hidden="true"
                  className="mt-[0.35em] inline-flex size-4 shrink-0 items-center justify-center text-[10px] leading-none text-accent transition-transform group-open:rotate-90"
                >
                  ▶
                </span>
                <span className="min-w-0 flex-1 break-words">{comment.body}</span>
              </summary>
              <div className="pb-2 pl-6">
                {comment.reason && <ReasonNote reason={comment.reason} />}
                <AuthorAnswer reply={authorReply} />
                <a
                  href={`#${commentAnchor(comment.id)}`}
                  className="mt-2 inline-block text-sm text-accent-strong underline"
                >
                  {t("inDiscussion")}
                </a>
              </div>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
