import { endpoint } from "@/lib/api/endpoint";
import { ReviewEssaysQuerySchema } from "@/lib/essays/schema";
import { AnswerClusterSchema, ClustersQuerySchema } from "@/lib/studio/clusters-schema";
import {
  AnalyticsQuerySchema,
  BulkCurationSchema,
  ExportQuerySchema,
  QueueQuerySchema,
  ResolveReportSchema,
} from "@/lib/studio/schema";

// The instructors' studio: the curation queue, its live notices, bulk curation, reports,
// analytics and export. Every call is scoped to the caller's own courses (admins: all).

export const listQueue = endpoint({
  method: "GET",
  path: "/api/studio/queue",
  tag: "studio",
  summary: "Pending comments and open reports across the caller's courses",
  who: "instructors (own courses), admins",
  auth: "user",
  query: QueueQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [403],
});

export const queueEvents = endpoint({
  method: "GET",
  path: "/api/studio/events",
  tag: "live",
  summary: "The queue's live notices as Server-Sent Events (queue.added, queue.removed, queue.changed)",
  who: "instructors (own courses), admins",
  auth: "user",
  query: QueueQuerySchema.pick({ courseId: true, articleId: true }),
  ok: { status: 200, description: "an event stream", type: "text/event-stream" },
  errors: [403],
});

export const listClusters = endpoint({
  method: "GET",
  path: "/api/studio/clusters",
  tag: "studio",
  summary:
    "Pending comments of one course (or article) grouped by the question they ask: " +
    "{clusters: [{id, label, commentIds, comments}], truncated} (the newest 500 are grouped)",
  who: "the course's instructors and admins",
  auth: "user",
  query: ClustersQuerySchema,
  ok: { status: 200, description: "{clusters, truncated}" },
  errors: [403, 404],
});

export const answerCluster = endpoint({
  method: "POST",
  path: "/api/studio/clusters/answer",
  tag: "curation",
  summary:
    "Answer a group once: {commentIds, featureId, reply: {body}} features one with the reply as the " +
    "author and links the others to it, notifying every author, in one transaction",
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: AnswerClusterSchema,
  ok: { status: 200, description: "{featured, reply, linkedIds}" },
  errors: [403, 404, 409],
});

export const bulkCurate = endpoint({
  method: "POST",
  path: "/api/studio/bulk",
  tag: "curation",
  summary: 'Feature or hide many comments: {commentIds, action: "feature"|"hide", seen?}',
  who: "instructors, admins; each comment is authorized by its own course",
  auth: "user",
  limit: "write",
  body: BulkCurationSchema,
  ok: { status: 200, description: "{results: [{id, ok, …}]}" },
  errors: [403],
});

export const resolveReport = endpoint({
  method: "PATCH",
  path: "/api/studio/reports/{id}",
  tag: "curation",
  summary: 'Resolve a report: {action: "hide"|"dismiss"}',
  who: "the course's instructors and admins",
  auth: "user",
  limit: "write",
  body: ResolveReportSchema,
  ok: { status: 200, description: "the report" },
  errors: [403, 404, 409],
});

export const courseAnalytics = endpoint({
  method: "GET",
  path: "/api/studio/analytics",
  tag: "studio",
  summary: "A course's discussion figures",
  who: "the course's instructors and admins",
  auth: "user",
  query: AnalyticsQuerySchema,
  ok: { status: 200, description: "the analytics" },
  errors: [403, 404],
});

export const exportFeatured = endpoint({
  method: "GET",
  path: "/api/studio/export",
  tag: "studio",
  summary: "A course's featured comments as a download (CSV in UTF-8 with a BOM, or Markdown)",
  who: "the course's instructors and admins",
  auth: "user",
  query: ExportQuerySchema,
  ok: { status: 200, description: "the file", type: "text/csv, text/markdown" },
  errors: [403, 404],
});

export const reviewEssays = endpoint({
  method: "GET",
  path: "/api/studio/essays",
  tag: "essays",
  summary: "One section of the reflection review desk (submitted or published), in the desk's order",
  who: "instructors (own courses), admins",
  auth: "user",
  query: ReviewEssaysQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
  errors: [403],
});
