import type { MemberRoleName } from "@/lib/courses/member-schema";
import { PeopleSearchField } from "@/lib/validation";
import { z } from "@/lib/zod";

// People as the admin area lists and changes them (GET/PATCH /api/admin/users), shared by
// the routes (server) and /admin/users (client).

export type GlobalRoleName = "admin" | "user";
export const USER_PAGE_SIZE = 20;

/** GET /api/admin/users */
export const ListUsersQuerySchema = z.object({
  q: PeopleSearchField.optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(USER_PAGE_SIZE),
});
export type ListUsersQuery = z.infer<typeof ListUsersQuerySchema>;

/** PATCH /api/admin/users/:id */
export const UpdateUserSchema = z
  .strictObject({
    role: z.enum(["admin", "user"], { error: 'Give role "admin" or "user".' }).optional(),
    suspended: z.boolean({ error: "Give suspended as true or false." }).optional(),
  })
  .refine((b) => b.role !== undefined || b.suspended !== undefined, { error: "Give a role or suspended." });
export type UpdateUserInput = z.infer<typeof UpdateUserSchema>;

export type AdminUserDTO = {
  id: string;
  name: string;
  email: string;
  avatarUrl: string | null;
  role: GlobalRoleName;
  suspended: boolean;
  suspendedAt: string | null;
  createdAt: string;
  courses: Array<{ slug: string; title: string; role: MemberRoleName }>;
};
