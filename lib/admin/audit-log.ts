import { assertAdmin } from "@/lib/admin/access";
import type { AuditEventDTO, ListAuditQuery } from "@/lib/admin/audit-schema";
import type { CurrentUser } from "@/lib/auth/session";
import type { Page } from "@/lib/comments/schema";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { decodeKeysetCursor, encodeKeysetCursor, olderThan } from "@/lib/keyset";
import { IdField } from "@/lib/validation";
import "server-only";

// The audit log as admins read it: newest first, filtered by who acted, in which course and
// what they did, a page at a time. Writers are lib/audit.ts and the mutations that call it.

const eventSelect = {
  id: true,
  action: true,
  createdAt: true,
  targetType: true,
  targetId: true,
  before: true,
  after: true,
  actor: { select: { id: true, name: true, email: true } },
  course: { select: { slug: true, title: true } },
} satisfies Prisma.AuditEventSelect;

type EventRow = Prisma.AuditEventGetPayload<{ select: typeof eventSelect }>;

/** `actor` is a user id, or part of a name or an e-mail address. */
function actorWhere(actor: string): Prisma.AuditEventWhereInput {
  const text = { contains: actor, mode: "insensitive" as const };
  const byText: Prisma.AuditEventWhereInput = { actor: { OR: [{ name: text }, { email: text }] } };
  return IdField.safeParse(actor).success ? { OR: [{ actorId: actor }, byText] } : byText;
}

/** Admins only: audit events, newest first (ties by id), filtered by actor, course slug and action. */
export async function listAuditEvents(actor: CurrentUser, q: ListAuditQuery): Promise<Page<AuditEventDTO>> {
  assertAdmin(actor);
  const cursor = decodeKeysetCursor(q.cursor);
  const filters: Prisma.AuditEventWhereInput[] = [
    ...(q.actor ? [actorWhere(q.actor)] : []),
    ...(q.course ? [{ course: { slug: q.course } }] : []),
    ...(q.action ? [{ action: q.action }] : []),
    olderThan(cursor, "createdAt", "id"),
  ];
  const rows = await db.auditEvent.findMany({
    where: { AND: filters },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
    select: eventSelect,
  });
  const items = rows.slice(0, q.limit);
  const labels = await targetLabels(items);
  const last = items.at(-1);
  return {
    items: items.map((e) => toEventDTO(e, labels.get(`${e.targetType}:${e.targetId}`) ?? null)),
    nextCursor:
      rows.length > q.limit && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

/** Names for the page's targets that still exist: people, courses, chapters and articles. */
async function targetLabels(events: EventRow[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(events.filter((e) => e.targetType === type).map((e) => e.targetId))];
  const named = async <R extends { id: string }>(type: string, read: (ids: string[]) => Promise<R[]>) => {
    const wanted = ids(type);
    return wanted.length ? read(wanted) : [];
  };
  const [users, courses, chapters, articles] = await Promise.all([
    named("user", (id) =>
      db.user.findMany({ where: { id: { in: id } }, select: { id: true, name: true, email: true } }),
    ),
    named("course", (id) => db.course.findMany({ where: { id: { in: id } }, select: { id: true, title: true } })),
    named("chapter", (id) => db.chapter.findMany({ where: { id: { in: id } }, select: { id: true, title: true } })),
    named("article", (id) => db.article.findMany({ where: { id: { in: id } }, select: { id: true, title: true } })),
  ]);
  return new Map([
    ...users.map((u) => [`user:${u.id}`, `${u.name} <${u.email}>`] as const),
    ...courses.map((c) => [`course:${c.id}`, c.title] as const),
    ...chapters.map((c) => [`chapter:${c.id}`, c.title] as const),
    ...articles.map((a) => [`article:${a.id}`, a.title] as const),
  ]);
}

const jsonObject = (v: Prisma.JsonValue): AuditEventDTO["before"] =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as AuditEventDTO["before"]) : null;

const toEventDTO = (e: EventRow, label: string | null): AuditEventDTO => ({
  id: e.id,
  action: e.action,
  createdAt: e.createdAt.toISOString(),
  actor: e.actor,
  course: e.course,
  target: { type: e.targetType, id: e.targetId, label },
  before: jsonObject(e.before),
  after: jsonObject(e.after),
});
