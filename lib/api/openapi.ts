import type { EndpointSpec } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/endpoints";
import { ERROR_STATUS } from "@/lib/errors";
import { z } from "@/lib/zod";

// The OpenAPI 3.1 document of the API, generated from the endpoint declarations and the zod
// schemas that validate each request, so it describes what the handlers really accept.

type JsonSchema = Record<string, unknown>;

/** The schema of what a client sends (before transforms), as JSON Schema 2020-12. */
const inputSchema = (schema: z.ZodType): JsonSchema => {
  const json: JsonSchema = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  delete json.$schema; // the document declares its dialect once
  return json;
};

const ERROR_BODY: JsonSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: Object.keys(ERROR_STATUS) },
        message: { type: "string", description: "for people, in English" },
        issues: {
          type: "array",
          description: "validation_failed: which fields, and why",
          items: {
            type: "object",
            required: ["path", "message"],
            properties: {
              path: { type: "array", items: { type: ["string", "integer"] } },
              message: { type: "string" },
            },
          },
        },
      },
    },
  },
};

const REFUSALS: Record<number, string> = {
  400: "invalid input (validation_failed lists the fields) or a malformed request",
  401: "not signed in",
  403: "signed in, but not allowed",
  404: "not found, or not visible to the caller",
  409: "conflicts with the current state",
  410: "gone",
  413: "body larger than 64 KB",
  415: "body is not application/json",
  429: "rate limited; Retry-After says when to try again",
  503: "a backing service is briefly unavailable; Retry-After",
};

const UPLOAD_REFUSALS: Record<number, string> = {
  413: "file larger than 5 MB",
  415: "not a PNG, JPEG, WebP or GIF image (judged by content), or not multipart/form-data",
};

const UPLOAD_BODY = {
  required: true,
  content: {
    "multipart/form-data": {
      schema: {
        type: "object",
        required: ["file"],
        properties: { file: { type: "string", format: "binary", description: "PNG, JPEG, WebP or GIF, ≤ 5 MB" } },
      },
    },
  },
};

function refusals(spec: EndpointSpec): number[] {
  const statuses = new Set<number>(spec.errors ?? []);
  if (spec.query || spec.body || spec.path.includes("{")) statuses.add(400);
  if (spec.auth === "user") statuses.add(401);
  if (spec.body || spec.upload) [413, 415].forEach((s) => statuses.add(s));
  if (spec.limit) statuses.add(429);
  return [...statuses].sort();
}

function parameters(spec: EndpointSpec) {
  const inPath = [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: "path",
    required: true,
    schema: { type: "string", pattern: "^[A-Za-z0-9_-]{1,100}$" },
  }));
  const query = spec.query ? inputSchema(spec.query) : null;
  const properties = (query?.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((query?.required ?? []) as string[]);
  const inQuery = Object.entries(properties).map(([name, schema]) => ({
    name,
    in: "query",
    required: required.has(name),
    schema,
  }));
  return [...inPath, ...inQuery];
}

function operation(spec: EndpointSpec) {
  const { status, description, type = "application/json" } = spec.ok;
  const refusal = (s: number) =>
    (spec.upload && UPLOAD_REFUSALS[s]) ||
    (s === 413 && spec.bodyLimit && `body larger than ${spec.bodyLimit / 1024} KB, or a field over its limit`) ||
    REFUSALS[s];
  return {
    tags: [spec.tag],
    summary: spec.summary,
    description: `Who: ${spec.who}.${spec.limit ? ` Rate limit: \`${spec.limit}\`.` : ""}`,
    operationId: `${spec.method.toLowerCase()}${spec.path.replace(/[^A-Za-z0-9]+(\w)?/g, (_, c: string = "") => c.toUpperCase())}`,
    security: spec.auth === "user" ? [{ session: [] }] : [{}, { session: [] }],
    parameters: parameters(spec),
    ...(spec.body && {
      requestBody: { required: true, content: { "application/json": { schema: inputSchema(spec.body) } } },
    }),
    ...(spec.upload && { requestBody: UPLOAD_BODY }),
    responses: {
      [status]: {
        description,
        ...(status !== 204 && { content: Object.fromEntries(type.split(", ").map((t) => [t, {}])) }),
      },
      ...Object.fromEntries(
        refusals(spec).map((s) => [
          s,
          {
            description: refusal(s),
            content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
          },
        ]),
      ),
    },
  };
}

const TAGS = [
  ["articles", "lessons and published reflections"],
  ["comments", "the discussion under an article: comments, likes, replies, reports"],
  ["curation", "featuring, hiding and pinning, one by one or in bulk"],
  ["courses", "courses and joining them"],
  ["essays", "learners' reflections"],
  ["studio", "the instructors' queue, analytics, export and blocked words"],
  ["publishing", "opening courses; writing their chapters and lessons"],
  ["live", "Server-Sent Events"],
  ["accounts", "registration and notifications"],
  ["admin", "the admin area: people and the audit log"],
  ["uploads", "images for lessons and avatars"],
  ["system", "health and this description"],
] as const;

/** The whole document; `origin` is where this server is reached. */
export function openApiDocument(origin: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of ENDPOINTS) (paths[spec.path] ??= {})[spec.method.toLowerCase()] = operation(spec);
  return {
    openapi: "3.1.0",
    info: {
      title: "Jingxuan API",
      version: "1",
      description:
        "Course discussions: featured comments, likes, replies, reflections and curation. Errors share one shape " +
        "(`Error`). Mutations from browsers must be same-origin. Sign in through next-auth: GET /api/auth/csrf, then " +
        "POST /api/auth/callback/credentials (form: csrfToken, email, password) sets the session cookie.",
    },
    servers: [{ url: origin }],
    tags: TAGS.map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: { Error: ERROR_BODY },
      securitySchemes: {
        session: {
          type: "apiKey",
          in: "cookie",
          name: "authjs.session-token",
          description: "next-auth's session cookie (__Secure- prefixed over HTTPS)",
        },
      },
    },
  };
}
