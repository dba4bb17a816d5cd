import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { resolveReport } from "@/lib/studio/reports";

export const PATCH = route(studio.resolveReport, async ({ user, params, body }) =>
  Response.json(await resolveReport(user, params.id, body)),
);
