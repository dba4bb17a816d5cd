// The OpenAPI document describes every route handler, and each handler is built from the
// declaration the document was generated from (same method, same path).
import type { EndpointSpec } from "@/lib/api/endpoint";
import { openApiDocument } from "@/lib/api/openapi";
import { Validator } from "@seriousme/openapi-schema-validator";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// next-auth's own endpoints are its protocol, not this API's; the catch-all only answers 404.
const NOT_DESCRIBED = ["app/api/auth/[...nextauth]", "app/api/[...path]"];
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** Every route.ts under app/api with the methods it exports. */
function routeFiles(dir = "app/api"): Array<{ dir: string; methods: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (entry.name !== "route.ts" || NOT_DESCRIBED.includes(dir)) return [];
    const source = readFileSync(full, "utf8");
    return [{ dir, methods: METHODS.filter((m) => new RegExp(`export (const|async function) ${m}\\b`).test(source)) }];
  });
}

/** app/api/comments/[id]/like → /api/comments/{id}/like */
const openApiPath = (dir: string) => "/" + dir.replace(/^app\//, "").replace(/\[(\w+)\]/g, "{$1}");

const doc = openApiDocument("http://127.0.0.1:3000");

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const result = await new Validator().validate(structuredClone(doc));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("describes every route handler, and nothing else", () => {
    const handlers = routeFiles().flatMap(({ dir, methods }) => methods.map((m) => `${m} ${openApiPath(dir)}`));
    const described = Object.entries(doc.paths).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(described.sort()).toEqual(handlers.sort());
  });

  it("matches each handler to its own declaration", async () => {
    for (const { dir, methods } of routeFiles()) {
      const mod = (await import(/* @vite-ignore */ path.resolve(dir, "route.ts"))) as Record<
        string,
        { spec?: EndpointSpec }
      >;
      for (const method of methods) {
        expect(mod[method]?.spec, `${method} ${dir} is built with route()`).toBeDefined();
        expect({ method: mod[method]!.spec!.method, path: mod[method]!.spec!.path }).toEqual({
          method,
          path: openApiPath(dir),
        });
      }
    }
  });

  it("says for each operation who may call it, what it takes and how it can fail", () => {
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops) as Array<
        [string, ReturnType<typeof openApiDocument>["paths"][string][string]]
      >) {
        const o = op as {
          description: string;
          security: unknown[];
          responses: Record<string, unknown>;
          requestBody?: unknown;
          parameters: Array<{ in: string; name: string }>;
        };
        const where = `${method} ${p}`;
        expect(o.description, where).toMatch(/^Who: /);
        expect(o.security.length, where).toBeGreaterThan(0);
        expect(
          Object.keys(o.responses).some((s) => s.startsWith("2")),
          where,
        ).toBe(true);
        if (method !== "get") expect(Object.keys(o.responses), `${where} spends a rate limit`).toContain("429");
        const inPath = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        expect(
          o.parameters.filter((x) => x.in === "path").map((x) => x.name),
          where,
        ).toEqual(inPath);
      }
    }
  });

  it("carries the request schemas the handlers validate with", () => {
    const body = (
      doc.paths["/api/articles/{id}/comments"] as Record<
        string,
        { requestBody?: { content: Record<string, { schema: { properties: object; required: string[] } }> } }
      >
    ).post?.requestBody;
    expect(body?.content["application/json"]?.schema.required).toEqual(["body"]);
    const query = (
      doc.paths["/api/articles/{id}/comments"] as Record<string, { parameters: Array<{ name: string; in: string }> }>
    ).get?.parameters;
    expect(
      query
        ?.filter((x) => x.in === "query")
        .map((x) => x.name)
        .sort(),
    ).toEqual(["cursor", "limit", "sort", "status"]);
  });
});
