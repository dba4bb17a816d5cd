import { system } from "@/lib/api/endpoints";
import { openApiDocument } from "@/lib/api/openapi";
import { route } from "@/lib/api/route";
import { publicOrigin } from "@/lib/origin";

export const GET = route(system.openApiDocument, async ({ req }) =>
  Response.json(openApiDocument(publicOrigin(req.headers)), { headers: { "Cache-Control": "public, max-age=300" } }),
);
