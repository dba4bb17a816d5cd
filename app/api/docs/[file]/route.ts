import { system } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { AppError } from "@/lib/errors";
import { readFile } from "node:fs/promises";
import path from "node:path";

// The reference page's files: Swagger UI's script and style sheet from its package, and the
// script that starts it on this API's document.
const START = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#reference", deepLinking: true });\n`;
const PACKAGED: Record<string, { file: string; type: string }> = {
  script: { file: "swagger-ui-bundle.js", type: "application/javascript" },
  style: { file: "swagger-ui.css", type: "text/css" },
};

export const GET = route(system.apiReferenceAsset, async ({ params }) => {
  const cache = { "Cache-Control": "public, max-age=86400" };
  if (params.file === "start")
    return new Response(START, { headers: { ...cache, "Content-Type": "application/javascript" } });
  const asset = PACKAGED[params.file];
  if (!asset) throw new AppError("not_found", "Not found.");
  const body = await readFile(path.join(process.cwd(), "node_modules", "swagger-ui-dist", asset.file));
  return new Response(new Uint8Array(body), { headers: { ...cache, "Content-Type": `${asset.type}; charset=utf-8` } });
});
