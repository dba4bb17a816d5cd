import { updateUser } from "@/lib/admin/users";
import { admin } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

// PATCH /api/admin/users/{id} — admins
export const PATCH = route(admin.updateUser, async ({ user, params, body }) =>
  Response.json(await updateUser(user, params.id, body)),
);
