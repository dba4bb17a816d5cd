import type { LimitName } from "@/lib/rate-limit";
import type { z } from "@/lib/zod";

// What an API endpoint declares: where it lives, who may call it, which limit a call spends,
// what it reads and what it answers. Route handlers are built from these (lib/api/route.ts)
// and the OpenAPI document is generated from them (lib/api/openapi.ts), so the two agree.

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type Success = {
  status: 200 | 201 | 202 | 204;
  description: string;
  /** The body's media type; JSON unless said. */
  type?:
    | "application/json"
    | "text/event-stream"
    | "text/html"
    | "text/csv, text/markdown"
    | "application/json, text/markdown"
    | "application/javascript, text/css"
    | "image/png, image/jpeg, image/webp, image/gif";
};

type Common = {
  /** OpenAPI path with `{param}` placeholders, e.g. "/api/articles/{id}". */
  path: `/api/${string}`;
  /** One line: what the call does. */
  summary: string;
  /** Who may call it, beyond `auth` (course roles are checked in lib/). */
  who: string;
  /** "user": 401 without a session; "anyone": signed in or not; "none": the session is not read. */
  auth: "none" | "anyone" | "user";
  query?: z.ZodType;
  body?: z.ZodType;
  /** The most a JSON body may weigh, in bytes, when 64 KB is not enough (413 beyond). */
  bodyLimit?: number;
  /** The body is multipart/form-data with a binary field `file`, read by lib/ (no zod `body`). */
  upload?: true;
  ok: Success;
  /** Refusals specific to this endpoint (401, 400, 413, 415 and 429 follow from the rest). */
  errors?: Array<403 | 404 | 409 | 410 | 503>;
  tag: string;
};

/** A mutation that spends no rate limit does not type-check; a costly read may spend one too. */
export type EndpointSpec = Common &
  ({ method: "GET"; limit?: LimitName } | { method: Exclude<Method, "GET">; limit: LimitName });

/** Declares an endpoint, keeping its literal path (route params are typed from it). */
export const endpoint = <const S extends EndpointSpec>(spec: S): S => spec;
