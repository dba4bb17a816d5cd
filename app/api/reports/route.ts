import { comments } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createReport } from "@/lib/reports";

export const POST = route(comments.createReport, async ({ user, body }) =>
  Response.json(await createReport(user, body), { status: 201 }),
);
