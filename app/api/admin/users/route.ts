import { listUsers } from "@/lib/admin/users";
import { admin } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

// GET /api/admin/users — admins
export const GET = route(admin.listUsers, async ({ user, query }) =>
  Response.json(await listUsers(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
