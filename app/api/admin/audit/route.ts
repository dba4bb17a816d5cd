import { listAuditEvents } from "@/lib/admin/audit-log";
import { admin } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

// GET /api/admin/audit — admins
export const GET = route(admin.listAudit, async ({ user, query }) =>
  Response.json(await listAuditEvents(user, query), { headers: { "Cache-Control": "private, no-store" } }),
);
