import { endpoint } from "@/lib/api/endpoint";

// The service itself: health, and this API's own description.

export const health = endpoint({
  method: "GET",
  path: "/api/health",
  tag: "system",
  summary: "Whether this server reaches its database (and Redis, when configured)",
  who: "anyone",
  auth: "none",
  ok: { status: 200, description: '{status: "ok"|"degraded", database, redis?}' },
  errors: [503],
});

export const openApiDocument = endpoint({
  method: "GET",
  path: "/api/openapi.json",
  tag: "system",
  summary: "This API as an OpenAPI 3.1 document",
  who: "anyone",
  auth: "none",
  ok: { status: 200, description: "the document" },
});

export const apiReference = endpoint({
  method: "GET",
  path: "/api/docs",
  tag: "system",
  summary: "A readable, interactive reference of this API",
  who: "anyone",
  auth: "none",
  ok: { status: 200, description: "an HTML page", type: "text/html" },
});

export const apiReferenceAsset = endpoint({
  method: "GET",
  path: "/api/docs/{file}",
  tag: "system",
  summary: "The reference page's script and style sheet",
  who: "anyone",
  auth: "none",
  ok: { status: 200, description: "the file", type: "application/javascript, text/css" },
  errors: [404],
});
