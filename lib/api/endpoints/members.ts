import { endpoint } from "@/lib/api/endpoint";
import { ListMembersQuerySchema, SetMemberRoleSchema } from "@/lib/courses/member-schema";
import { CreateInviteSchema } from "@/lib/invites/schema";

// A course's members and invites. Joining an open course is courses.joinCourse.

export const listMembers = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/members",
  tag: "courses",
  summary: "Members, newest first, a page at a time: ?q= (name or email), ?role=learner|instructor, ?cursor=",
  who: "the course's instructors and admins",
  auth: "user",
  query: ListMembersQuerySchema,
  ok: { status: 200, description: "{items: [{user: {id, name, email, avatarUrl}, role, joinedAt}], nextCursor}" },
  errors: [403, 404],
});

export const setMemberRole = endpoint({
  method: "PUT",
  path: "/api/courses/{slug}/members/{userId}",
  tag: "courses",
  summary: "Change a member's role: {role}",
  who: "the course's instructors (learners only) and admins (instructors too)",
  auth: "user",
  limit: "write",
  body: SetMemberRoleSchema,
  ok: { status: 200, description: "the member" },
  errors: [403, 404],
});

export const removeMember = endpoint({
  method: "DELETE",
  path: "/api/courses/{slug}/members/{userId}",
  tag: "courses",
  summary: "Remove a member from the course",
  who: "the course's instructors (learners only) and admins (instructors too)",
  auth: "user",
  limit: "write",
  ok: { status: 204, description: "removed" },
  errors: [403, 404],
});

export const createInvite = endpoint({
  method: "POST",
  path: "/api/courses/{slug}/invites",
  tag: "courses",
  summary: "Mint an invite link: {role, maxUses?, expiresAt?}",
  who: "the course's instructors (learner invites) and admins (instructor invites too)",
  auth: "user",
  limit: "invite",
  body: CreateInviteSchema,
  ok: { status: 201, description: "{code, url, role, maxUses, uses, expiresAt, revokedAt, createdAt, state}" },
  errors: [403, 404],
});

export const listInvites = endpoint({
  method: "GET",
  path: "/api/courses/{slug}/invites",
  tag: "courses",
  summary: "Every invite of the course, newest first, revoked and spent ones included",
  who: "the course's instructors and admins",
  auth: "user",
  ok: { status: 200, description: "{items}" },
  errors: [403, 404],
});

export const revokeInvite = endpoint({
  method: "DELETE",
  path: "/api/invites/{code}",
  tag: "courses",
  summary: "Revoke an invite (it stays listed as revoked)",
  who: "the course's instructors (learner invites) and admins",
  auth: "user",
  limit: "write",
  ok: { status: 200, description: "the invite" },
  errors: [403, 404],
});

export const previewInvite = endpoint({
  method: "GET",
  path: "/api/invites/{code}",
  tag: "courses",
  summary: "What an invite offers and whether it still works",
  who: "anyone holding the code",
  auth: "anyone",
  ok: { status: 200, description: "{course: {slug, title, summary, coverUrl}, role, state, memberRole}" },
  errors: [404],
});

export const acceptInvite = endpoint({
  method: "POST",
  path: "/api/invites/{code}",
  tag: "courses",
  summary: "Accept an invite: join the course with its role (a member already spends no use)",
  who: "signed in",
  auth: "user",
  limit: "invite",
  ok: { status: 200, description: "{course: {slug}, role}" },
  errors: [404, 410],
});
