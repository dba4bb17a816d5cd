import { commentAnchor } from "@/lib/comments/anchor";
import { authorSelect, toAuthorDTO } from "@/lib/comments/queries";
import { db } from "@/lib/db";
import "server-only";
import type { Hit } from "./rank";
import type { SearchResultDTO } from "./schema";
import { snippetOf } from "./snippet";

// The results of a page of hits, in the hits' order: their text, author, date and address.

const articleHref = (courseSlug: string, articleSlug: string) => `/courses/${courseSlug}/articles/${articleSlug}`;

type Shown = Omit<SearchResultDTO, "snippet" | "highlights"> & { body: string };

export async function hydrateHits(
  course: { id: string; slug: string },
  hits: Hit[],
  pattern: RegExp | null,
): Promise<SearchResultDTO[]> {
  const idsOf = (kinds: string[]) => hits.filter((h) => kinds.includes(h.kind)).map((h) => h.id);
  const author = { select: authorSelect(course.id) };
  const onArticle = { select: { slug: true, title: true } };
  const [articles, comments, replies] = await Promise.all([
    db.article.findMany({
      where: { id: { in: idsOf(["lesson", "essay"]) } },
      select: { id: true, kind: true, slug: true, title: true, body: true, publishedAt: true, createdAt: true, author },
    }),
    db.comment.findMany({
      where: { id: { in: idsOf(["comment"]) } },
      select: { id: true, body: true, createdAt: true, author, article: onArticle },
    }),
    db.reply.findMany({
      where: { id: { in: idsOf(["reply"]) } },
      select: {
        id: true,
        body: true,
        createdAt: true,
        commentId: true,
        author,
        comment: { select: { article: onArticle } },
      },
    }),
  ]);
  const shown = new Map<string, Shown>();
  for (const a of articles) {
    shown.set(a.id, {
      kind: a.kind === "LESSON" ? "lesson" : "essay",
      id: a.id,
      title: a.title,
      href: articleHref(course.slug, a.slug),
      author: toAuthorDTO(a.author),
      createdAt: (a.publishedAt ?? a.createdAt).toISOString(),
      body: a.body,
    });
  }
  for (const c of comments) {
    shown.set(c.id, {
      kind: "comment",
      id: c.id,
      title: c.article.title,
      href: `${articleHref(course.slug, c.article.slug)}#${commentAnchor(c.id)}`,
      author: toAuthorDTO(c.author),
      createdAt: c.createdAt.toISOString(),
      body: c.body,
    });
  }
  for (const r of replies) {
    shown.set(r.id, {
      kind: "reply",
      id: r.id,
      title: r.comment.article.title,
      href: `${articleHref(course.slug, r.comment.article.slug)}#${commentAnchor(r.commentId)}`,
      author: toAuthorDTO(r.author),
      createdAt: r.createdAt.toISOString(),
      body: r.body,
    });
  }
  // A row gone between ranking and loading (deleted just now) is left out.
  return hits.flatMap((h) => {
    const found = shown.get(h.id);
    if (!found) return [];
    const { body, ...rest } = found;
    return [{ ...rest, ...snippetOf(body, pattern) }];
  });
}
