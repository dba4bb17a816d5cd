import type { EndpointSpec } from "@/lib/api/endpoint";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/session";
import { readJson, readQuery, withApiErrors } from "@/lib/http";
import { clientIp, rateLimit } from "@/lib/rate-limit";
import type { z } from "@/lib/zod";
import "server-only";

/** `{ id: string }` from "/api/comments/{id}/replies". */
type ParamsOf<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? { [k in K]: string } & ParamsOf<Rest>
  : unknown;
type Parsed<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteInput<S extends EndpointSpec> = {
  req: Request;
  user: S["auth"] extends "user" ? CurrentUser : S["auth"] extends "none" ? null : CurrentUser | null;
  params: ParamsOf<S["path"]>;
  query: Parsed<S["query"]>;
  body: Parsed<S["body"]>;
};

type RouteContext = { params: Promise<Record<string, string | string[]>> };

/**
 * A route handler that does what `spec` declares before `handler` runs: CSRF check and
 * path-parameter check (withApiErrors), 401 without a session when `auth` is "user", the
 * rate limit (per user, or per client address for anyone), then the query and the JSON body,
 * each parsed with its schema. Errors become the contract's error body.
 */
export function route<const S extends EndpointSpec>(spec: S, handler: (input: RouteInput<S>) => Promise<Response>) {
  const handle = withApiErrors(async (req: Request, ctx: RouteContext) => {
    const user = spec.auth === "user" ? await requireUser() : spec.auth === "anyone" ? await getCurrentUser() : null;
    if (spec.limit) await rateLimit(spec.limit, spec.auth === "user" && user ? user.id : clientIp(req));
    const params = ctx?.params ? await ctx.params : {};
    const query = spec.query ? readQuery(req, spec.query) : undefined;
    const body = spec.body ? await readJson(req, spec.body, spec.bodyLimit) : undefined;
    return handler({ req, user, params, query, body } as RouteInput<S>);
  });
  return Object.assign(handle, { spec });
}
