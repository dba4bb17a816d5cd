import { PeopleSearchField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Members of a course and who may change them; shared by the routes (server) and the
// studio's members and invites pages (client).

export type MemberRoleName = "learner" | "instructor";
export const MEMBER_ROLES = ["learner", "instructor"] as const satisfies readonly MemberRoleName[];
export const MEMBER_PAGE_SIZE = 20;

/**
 * Who hands out or takes away a course role: instructors manage learners; only admins make,
 * change or remove instructors (and mint instructor invites). A course may be left with no
 * instructor, as a new course starts: admins run every course, so nothing is locked out,
 * and an admin must be able to take a departing instructor's access away at once.
 */
export const managesRole = (viewerIsAdmin: boolean, role: MemberRoleName) => viewerIsAdmin || role === "learner";

const RoleField = z.enum(MEMBER_ROLES, { error: 'Give role "learner" or "instructor".' });

/** GET /api/courses/:slug/members */
export const ListMembersQuerySchema = z.object({
  q: PeopleSearchField.optional(),
  role: RoleField.optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(MEMBER_PAGE_SIZE),
});

/** PUT /api/courses/:slug/members/:userId */
export const SetMemberRoleSchema = z.strictObject({ role: RoleField });

export type ListMembersQuery = z.infer<typeof ListMembersQuerySchema>;

export type MemberDTO = {
  user: { id: string; name: string; email: string; avatarUrl: string | null };
  role: MemberRoleName;
  joinedAt: string;
};
