import { hasNoNullBytes, NO_NULL_BYTES } from "@/lib/validation";
import { z } from "@/lib/zod";

// The audit log as the admin area reads it (GET /api/admin/audit and /admin/audit), shared by
// the route (server) and the page's filters (client).

/** Every action the app records; the filter offers these, and lib/audit.ts accepts only these. */
export const AUDIT_ACTIONS = [
  "user.suspend",
  "user.unsuspend",
  "user.role",
  "course.create",
  "course.update",
  "course.blocked_words",
  "chapter.create",
  "chapter.rename",
  "chapter.move",
  "chapter.delete",
  "lesson.create",
  "lesson.publish",
  "lesson.schedule",
  "lesson.unpublish",
  "lesson.move",
  "essay.create",
  "essay.submit",
  "essay.publish",
  "essay.return",
  "essay.pin",
  "member.role",
  "member.remove",
  "invite.create",
  "invite.revoke",
  "invite.accept",
  "comment.curate",
  "comment.link",
  "report.resolve",
  "report.dismiss",
  "reply.hide",
  "reply.publish",
  "reply.edit",
  "reply.delete",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_PAGE_SIZE = 30;

const Trimmed = (max: number) => z.string().refine(hasNoNullBytes, NO_NULL_BYTES).trim().max(max);

/** GET /api/admin/audit */
export const ListAuditQuerySchema = z.object({
  /** A user id, or part of a name or e-mail address. */
  actor: Trimmed(254).optional(),
  /** A course slug. */
  course: Trimmed(60).optional(),
  action: z.enum(AUDIT_ACTIONS, { error: "Choose an action from the list." }).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(AUDIT_PAGE_SIZE),
});
export type ListAuditQuery = z.infer<typeof ListAuditQuerySchema>;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export type AuditEventDTO = {
  id: string;
  action: string;
  createdAt: string;
  actor: { id: string; name: string; email: string };
  /** Null for actions outside any course (suspending a user, say). */
  course: { slug: string; title: string } | null;
  /** What was changed; `label` names it (a title, a person) when it still exists. */
  target: { type: string; id: string; label: string | null };
  before: { [key: string]: Json } | null;
  after: { [key: string]: Json } | null;
};
