import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { analyze, ANALYZER_VERSION } from "@/lib/similarity/analyze";
import { clusterTexts } from "@/lib/similarity/cluster";
import { studioScope } from "@/lib/studio/access";
import { CLUSTER_SCAN_MAX, type ClusterDTO, type ClustersDTO, type ClustersQuery } from "@/lib/studio/clusters-schema";
import { queueCommentSelect, toQueueCommentItem, type QueueCommentRow } from "@/lib/studio/queue";
import { clip } from "@/lib/text";
import { createHash } from "node:crypto";
import "server-only";

// The queue grouped by the question each comment asks, so an instructor answers a question
// once. Grouping is computed per request: the queue changes by the minute and 500 comments
// cluster in tens of milliseconds.

const LABEL_LENGTH = 80;

const clusterSelect = { ...queueCommentSelect, terms: true, indexVersion: true } as const;

/** Stored terms when the current analyzer wrote them; otherwise (not re-indexed yet) computed now. */
const termsOf = (c: { body: string; terms: string[]; indexVersion: number }) =>
  c.indexVersion >= ANALYZER_VERSION ? c.terms : analyze(c.body);

/** The same id for the same members, whatever order they came in. */
const clusterId = (ids: string[]) =>
  createHash("sha256")
    .update([...ids].sort().join(","))
    .digest("base64url")
    .slice(0, 16);

const labelOf = (body: string) => clip(body, LABEL_LENGTH);

/**
 * The pending comments of one course (or one article of it) grouped by question, every one in
 * exactly one group, biggest groups first. The course's instructors and admins only (403),
 * 404 for an unknown article.
 */
export async function listClusters(user: CurrentUser, q: ClustersQuery): Promise<ClustersDTO> {
  const scope = await studioScope(user, q);
  const rows = await db.comment.findMany({
    where: { ...scope, status: "PENDING", deletedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CLUSTER_SCAN_MAX + 1,
    select: clusterSelect,
  });
  const scanned = rows.slice(0, CLUSTER_SCAN_MAX);
  const byId = new Map(scanned.map((r) => [r.id, r]));
  const groups = clusterTexts(scanned.map((r) => ({ id: r.id, terms: termsOf(r) })));
  return {
    clusters: groups.map((g) => toClusterDTO(g.representativeId, g.ids, byId)),
    truncated: rows.length > CLUSTER_SCAN_MAX,
  };
}

function toClusterDTO(representativeId: string, ids: string[], byId: Map<string, QueueCommentRow>): ClusterDTO {
  const newestFirst = (a: QueueCommentRow, b: QueueCommentRow) =>
    b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1);
  const representative = byId.get(representativeId)!;
  const others = ids
    .filter((id) => id !== representativeId)
    .map((id) => byId.get(id)!)
    .sort(newestFirst);
  const members = [representative, ...others];
  return {
    id: clusterId(ids),
    label: labelOf(representative.body),
    commentIds: members.map((m) => m.id),
    comments: members.map(toQueueCommentItem),
  };
}
