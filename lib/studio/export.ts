import type { CurrentUser } from "@/lib/auth/session";
import { OPEN_FOR_DISCUSSION_WHERE } from "@/lib/comments/visibility";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { getCuratedCourse } from "@/lib/studio/access";
import { articleHref, type CourseRefDTO, type ExportQuery } from "@/lib/studio/schema";
import "server-only";

// Featured comments of a course (or one article) as a file: CSV for spreadsheets, Markdown
// for notes. CSV starts with a UTF-8 byte order mark, or Excel reads Chinese as mojibake.

export const UTF8_BOM = "\uFEFF";
const MAX_ROWS = 10_000;

export type ExportRow = {
  article: { id: string; title: string; href: string };
  author: string;
  postedAt: Date;
  likes: number;
  replies: number;
  pinned: boolean;
  body: string;
  authorReplies: Array<{ author: string; body: string }>;
};

export type ExportFile = { filename: string; contentType: string; body: string };

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes
 * doubled. Text that a spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvField(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const CSV_HEADER = [
  "article",
  "article_url",
  "author",
  "posted_at",
  "likes",
  "replies",
  "pinned",
  "comment",
  "author_reply",
];

export function toCsv(rows: ExportRow[]): string {
  const lines = rows.map((r) =>
    [
      r.article.title,
      r.article.href,
      r.author,
      r.postedAt.toISOString(),
      r.likes,
      r.replies,
      r.pinned,
      r.body,
      r.authorReplies.map((a) => a.body).join("\n\n"),
    ]
      .map(csvField)
      .join(","),
  );
  return UTF8_BOM + [CSV_HEADER.join(","), ...lines].join("\r\n") + "\r\n";
}

/**
 * Plain text made inert in Markdown: characters that would start markup (emphasis, links,
 * HTML, tables, code) are escaped, and so is a heading mark at the start of a line.
 */
export const mdText = (text: string) => text.replace(/[\\`*[\]<>|]/g, (ch) => `\\${ch}`).replace(/^#/, "\\#");
const quote = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => (line ? `> ${mdText(line)}` : ">"))
    .join("\n");
const day = (d: Date) => d.toISOString().slice(0, 10);

export function toMarkdown(course: CourseRefDTO, rows: ExportRow[], exportedAt: Date): string {
  const out = [
    `# ${mdText(course.title)} — featured comments`,
    "",
    `Exported ${day(exportedAt)} · ${rows.length} comments`,
  ];
  let articleId: string | null = null;
  for (const r of rows) {
    if (r.article.id !== articleId) {
      articleId = r.article.id;
      const count = rows.filter((x) => x.article.id === articleId).length;
      out.push("", `## ${mdText(r.article.title)}`, "", `${r.article.href} · ${count} featured`);
    }
    const meta = [day(r.postedAt), `${r.likes} likes`, `${r.replies} replies`, ...(r.pinned ? ["pinned"] : [])].join(
      " · ",
    );
    out.push("", `**${mdText(r.author)}** · ${meta}`, "", quote(r.body));
    for (const a of r.authorReplies) out.push("", `**Author reply** (${mdText(a.author)}):`, "", quote(a.body));
  }
  return out.join("\n") + "\n";
}

const fileSlug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "export";

/** The featured comments of a course `user` curates (404/403 otherwise), optionally of one of its articles. */
export async function exportFeatured(user: CurrentUser, q: ExportQuery, now = new Date()): Promise<ExportFile> {
  const course = await getCuratedCourse(user, q.course);
  const article = q.article
    ? await db.article.findFirst({ where: { id: q.article, courseId: course.id }, select: { id: true, slug: true } })
    : null;
  if (q.article && !article) throw new AppError("not_found", "Article not found.");
  const rows = await db.comment.findMany({
    where: { courseId: course.id, ...(article && { articleId: article.id }), ...OPEN_FOR_DISCUSSION_WHERE },
    orderBy: [
      { article: { kind: "asc" } },
      { article: { position: "asc" } },
      { article: { publishedAt: "asc" } },
      { articleId: "asc" },
      { pinnedAt: { sort: "desc", nulls: "last" } },
      { likeCount: "desc" },
      { createdAt: "desc" },
    ],
    take: MAX_ROWS,
    select: {
      body: true,
      createdAt: true,
      likeCount: true,
      replyCount: true,
      pinnedAt: true,
      author: { select: { name: true } },
      article: { select: { id: true, slug: true, title: true } },
      replies: {
        where: { isAuthorReply: true, status: "PUBLISHED", deletedAt: null, hiddenAt: null },
        orderBy: { createdAt: "asc" },
        select: { body: true, author: { select: { name: true } } },
      },
    },
  });
  const data: ExportRow[] = rows.map((c) => ({
    article: { id: c.article.id, title: c.article.title, href: articleHref(course.slug, c.article.slug) },
    author: c.author.name,
    postedAt: c.createdAt,
    likes: c.likeCount,
    replies: c.replyCount,
    pinned: c.pinnedAt !== null,
    body: c.body,
    authorReplies: c.replies.map((r) => ({ author: r.author.name, body: r.body })),
  }));
  const base = `featured-comments-${fileSlug(course.slug)}${article ? `-${fileSlug(article.slug)}` : ""}-${day(now)}`;
  return q.format === "md"
    ? { filename: `${base}.md`, contentType: "text/markdown; charset=utf-8", body: toMarkdown(course, data, now) }
    : { filename: `${base}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(data) };
}

/** `attachment; filename=…` with an ASCII name and the exact one for browsers that read filename*. */
export const contentDisposition = (filename: string) =>
  `attachment; filename="${filename.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
