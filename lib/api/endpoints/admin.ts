import { ListAuditQuerySchema } from "@/lib/admin/audit-schema";
import { ListUsersQuerySchema, UpdateUserSchema } from "@/lib/admin/users-schema";
import { endpoint } from "@/lib/api/endpoint";

// The admin area: people and the audit log. Opening courses is publishing.createCourse.

export const listUsers = endpoint({
  method: "GET",
  path: "/api/admin/users",
  tag: "admin",
  summary: "Everyone, newest first, a page at a time: ?q= (name or e-mail), ?cursor=",
  who: "admins",
  auth: "user",
  query: ListUsersQuerySchema,
  ok: {
    status: 200,
    description:
      "{items: [{id, name, email, avatarUrl, role: admin|user, suspended, suspendedAt, createdAt, courses: [{slug, title, role}]}], nextCursor}",
  },
  errors: [403],
});

export const updateUser = endpoint({
  method: "PATCH",
  path: "/api/admin/users/{id}",
  tag: "admin",
  summary:
    "Make or unmake an admin, suspend or unsuspend: {role?: admin|user, suspended?}. Suspension ends the person's sessions at once",
  who: "admins; never the last admin who is not suspended, nobody suspends themselves (409)",
  auth: "user",
  limit: "write",
  body: UpdateUserSchema,
  ok: { status: 200, description: "the person, as listed" },
  errors: [403, 404, 409],
});

export const listAudit = endpoint({
  method: "GET",
  path: "/api/admin/audit",
  tag: "admin",
  summary:
    "The audit log, newest first, a page at a time: ?actor= (user id, or part of a name or e-mail), ?course= (slug), ?action=, ?cursor=",
  who: "admins",
  auth: "user",
  query: ListAuditQuerySchema,
  ok: {
    status: 200,
    description:
      "{items: [{id, action, createdAt, actor, course: {slug, title} | null, target, before, after}], nextCursor}",
  },
  errors: [403],
});
