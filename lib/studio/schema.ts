import { SeenVersion, type AuthorDTO, type CommentDTO, type Page, type PublicCommentDTO } from "@/lib/comments/schema";
import { IdField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Inputs and DTOs of the instructor studio; shared by its pages, components and routes.

export const BULK_MAX = 100;

export const QueueQuerySchema = z.object({
  courseId: IdField.optional(),
  articleId: IdField.optional(),
  /** Pending comments, pending replies, open reports, or all of them (the default). */
  kind: z.enum(["all", "comments", "replies", "reports"]).default("all"),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const BulkCurationSchema = z.strictObject({
  commentIds: z
    .array(IdField)
    .min(1, { error: "Select at least one comment." })
    .max(BULK_MAX, { error: `Select at most ${BULK_MAX} comments at once.` }),
  action: z.enum(["feature", "hide"]),
  /** Each comment's `updatedAt` as the curator saw it (see CurationSchema). */
  seen: z.record(IdField, SeenVersion).optional(),
});

export const ResolveReportSchema = z.strictObject({ action: z.enum(["hide", "dismiss"]) });

export const AnalyticsQuerySchema = z.object({ course: IdField });

export const ExportQuerySchema = z.object({
  course: IdField,
  /** An empty value (the form's "every article") means the whole course. */
  article: z.union([z.literal("").transform(() => undefined), IdField]).optional(),
  format: z.enum(["csv", "md"]).default("csv"),
});

export type QueueQuery = z.infer<typeof QueueQuerySchema>;
export type BulkCurationInput = z.infer<typeof BulkCurationSchema>;
export type ResolveReportInput = z.infer<typeof ResolveReportSchema>;
export type ExportQuery = z.infer<typeof ExportQuerySchema>;

export type CourseRefDTO = { id: string; slug: string; title: string };
export type ArticleRefDTO = { id: string; title: string; href: string };

/** A course the viewer curates, with its articles, for the studio's filters. */
export type StudioCourseDTO = CourseRefDTO & {
  pendingCount: number;
  openReportCount: number;
  articles: Array<ArticleRefDTO & { pendingCount: number; featuredCount: number }>;
};

type QueueContext = {
  id: string;
  createdAt: string;
  course: CourseRefDTO;
  article: ArticleRefDTO;
  comment: PublicCommentDTO;
};

/** A comment awaiting curation. */
export type QueueCommentItem = QueueContext & { kind: "comment" };

/** An open report on a featured comment, or on one of its replies. */
export type QueueReportItem = QueueContext & {
  kind: "report";
  reason: string;
  reporter: { id: string; name: string };
  target: "comment" | "reply";
  reply: {
    id: string;
    body: string;
    author: AuthorDTO;
    isAuthorReply: boolean;
    isHidden: boolean;
    createdAt: string;
  } | null;
};

/** A reply awaiting curation (the course's replies need it), under the featured comment it answers. */
export type QueueReplyItem = QueueContext & {
  kind: "reply";
  reply: { id: string; body: string; author: AuthorDTO; createdAt: string; updatedAt: string };
};

export type QueueItemDTO = QueueCommentItem | QueueReplyItem | QueueReportItem;
export type QueuePage = Page<QueueItemDTO>;

export type BulkResultDTO = {
  results: Array<
    | { id: string; ok: true; status: CommentDTO["status"] }
    | { id: string; ok: false; error: { code: string; message: string } }
  >;
};

export type ResolvedReportDTO = {
  id: string;
  status: "resolved" | "dismissed";
  /** Every open report of the same item is settled together. */
  resolvedIds: string[];
  resolvedAt: string;
};

export type ResolvedReportRowDTO = {
  id: string;
  status: "resolved" | "dismissed";
  reason: string;
  target: "comment" | "reply";
  excerpt: string;
  article: ArticleRefDTO;
  reporterName: string;
  resolverName: string | null;
  resolvedAt: string | null;
};

export type AnalyticsDTO = {
  course: CourseRefDTO;
  timeZone: string;
  /** The last 30 days, oldest first, in the course's time zone. */
  days: Array<{ date: string; all: number; featured: number }>;
  totals: { comments: number; featured: number; pending: number; openReports: number };
  timeToFeature: {
    medianHours: number | null;
    sampleSize: number;
    buckets: Array<{ bucket: TimeToFeatureBucket; count: number }>;
  };
  topLiked: Array<{
    id: string;
    excerpt: string;
    authorName: string;
    likeCount: number;
    replyCount: number;
    article: ArticleRefDTO;
  }>;
  activeLearners: Array<{ id: string; name: string; comments: number; featured: number; replies: number }>;
};

export const TIME_TO_FEATURE_BUCKETS = ["under1h", "1to6h", "6to24h", "1to3d", "over3d"] as const;
export type TimeToFeatureBucket = (typeof TIME_TO_FEATURE_BUCKETS)[number];

export const articleHref = (courseSlug: string, articleSlug: string) =>
  `/courses/${courseSlug}/articles/${articleSlug}`;

export const QueueFilterSchema = QueueQuerySchema.pick({ courseId: true, articleId: true });
export type QueueFilterInput = z.infer<typeof QueueFilterSchema>;

/** The queue filters of a page's search params; empty or malformed values mean "no filter". */
export function filterFromSearchParams(params: Record<string, string | string[] | undefined>): QueueFilterInput {
  const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);
  const parsed = QueueFilterSchema.safeParse({ courseId: one(params.courseId), articleId: one(params.articleId) });
  return parsed.success ? parsed.data : {};
}
