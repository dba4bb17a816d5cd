import { LockedLesson } from "@/components/articles/locked-lesson";
import { ArticleMarkdown } from "@/components/articles/markdown";
import { Discussion } from "@/components/comments/discussion";
import { FaqSection } from "@/components/faq/faq-section";
import { Avatar } from "@/components/ui/avatar";
import { excerptOf } from "@/lib/articles/excerpt";
import { getArticleBySlugs, type DiscussedArticleContext } from "@/lib/articles/queries";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { listDiscussedComments } from "@/lib/comments/queries";
import { preloadReplies, withViewerReplies } from "@/lib/comments/replies";
import { currentEventId } from "@/lib/events/replay";
import { listDiscussedFaq } from "@/lib/faq/faq";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";

/** Replies of the first few threads come with the page, so they show without a wait. */
const PRELOADED_THREADS = 5;

const load = cache(async (courseSlug: string, articleSlug: string) => {
  const viewer = await getCurrentUser();
  return { viewer, ...(await orNotFound(getArticleBySlugs(viewer, courseSlug, articleSlug))) };
});

export async function generateMetadata({
  params,
}: PageProps<"/courses/[slug]/articles/[articleSlug]">): Promise<Metadata> {
  const { slug, articleSlug } = await params;
  const { article } = await load(slug, articleSlug);
  // A locked lesson's description is its excerpt: all search engines may see of it.
  return { title: article.title, description: article.locked ? article.excerpt : excerptOf(article.body) };
}

export default async function ArticlePage({ params }: PageProps<"/courses/[slug]/articles/[articleSlug]">) {
  const { slug, articleSlug } = await params;
  const { viewer, article, access } = await load(slug, articleSlug);
  const [t, format] = await Promise.all([getTranslations("article"), getFormatter()]);
  const path = `/courses/${article.course.slug}/articles/${article.slug}`;
  const signInHref = `/signin?next=${encodeURIComponent(path)}`;
  const date = article.publishedAt ?? article.updatedAt;

  return (
    <div className="mx-auto w-full max-w-[720px]">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link
          href={`/courses/${article.course.slug}`}
          className="inline-flex items-center gap-1 text-muted hover:text-accent-strong"
        >
          <span aria-hidden="true">←</span> {article.course.title}
        </Link>
      </nav>
      <article aria-labelledby="article-title" className="mt-6">
        <header className="border-b border-line pb-6">
          <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">
            {article.kind === "lesson" ? t("lesson") : t("essay")}
          </p>
          <h1
            id="article-title"
            className="mt-2 text-3xl font-bold leading-tight tracking-tight text-balance sm:text-4xl"
          >
            {article.title}
          </h1>
          <div className="mt-4 flex items-center gap-3 text-sm text-muted">
            <Avatar id={article.author.id} name={article.author.name} url={article.author.avatarUrl} size={32} />
            <span>
              <span className="font-medium text-ink">{article.author.name}</span>
              <span aria-hidden="true"> · </span>
              <time dateTime={date}>{format.dateTime(new Date(date), { dateStyle: "long" })}</time>
            </span>
          </div>
          {article.status !== "published" && (
            <p className="mt-4 rounded-lg bg-warn-soft px-3 py-2 text-sm font-medium text-warn">{t("unpublished")}</p>
          )}
        </header>
        {article.locked ? (
          <LockedLesson
            excerpt={article.excerpt}
            courseHref={`/courses/${article.course.slug}`}
            signInHref={viewer ? null : signInHref}
          />
        ) : (
          <ArticleMarkdown source={article.body} className="mt-6" />
        )}
      </article>
      {/* A locked lesson's discussion is the members' too: none of it reaches this reader. */}
      {!article.locked && <ArticleDiscussion viewer={viewer} context={{ article, access }} signInHref={signInHref} />}
    </div>
  );
}

/** The featured comments, composer and replies of an article the viewer reads in full, live from liveSince on. */
async function ArticleDiscussion({
  viewer,
  context,
  signInHref,
}: {
  viewer: CurrentUser | null;
  context: DiscussedArticleContext;
  signInHref: string;
}) {
  const { article, access } = context;
  // Taken before the comments are read: live events from here on are replayed to the page.
  const liveSince = await currentEventId(article.id);
  const [comments, faq, now] = await Promise.all([
    listDiscussedComments(viewer, context, { sort: "top", limit: 20, status: "featured" }),
    listDiscussedFaq(context),
    getNow(),
  ]);
  const threads = comments.items.filter((c) => c.status === "featured" && c.replyCount > 0);
  const preloaded = await preloadReplies(
    article,
    threads.slice(0, PRELOADED_THREADS).map((c) => c.id),
    20,
  ).catch(() => ({})); // the browser fetches replies that did not come with the page
  // The pending replies this viewer may see are theirs alone: added outside the shared cache.
  const initialReplies = await withViewerReplies(
    viewer,
    access.canCurate,
    article.course.id,
    comments.items,
    preloaded,
  );
  return (
    <>
      <FaqSection faq={faq} />
      <Discussion
        articleId={article.id}
        courseSlug={article.course.slug}
        access={access}
        viewerId={viewer?.id ?? null}
        signInHref={signInHref}
        serverNow={now.getTime()}
        initialPage={comments}
        initialReplies={initialReplies}
        featuredCount={article.featuredCommentCount}
        liveSince={liveSince}
      />
    </>
  );
}
