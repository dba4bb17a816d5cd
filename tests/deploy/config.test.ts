// deploy/ cannot run here (no container engine), so its values are checked against the
// app's real settings: what the compose file sets, nginx proxies to, and .env asks for.
import { EnvSchema } from "@/lib/env";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseTrustProxy } from "../../scripts/edge.mjs";

type Service = { environment?: Record<string, string>; image?: string; build?: unknown; command?: string[] };
const composeText = readFileSync("deploy/docker-compose.yml", "utf8");
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> };
const nginx = readFileSync("deploy/nginx.conf", "utf8");
const envExample = readFileSync("deploy/.env.example", "utf8");

/** Settings read outside lib/env.ts: the launcher's port and the HTTP server's proxy trust. */
const READ_ELSEWHERE = ["PORT", "TRUST_PROXY"];
const appServers = Object.entries(compose.services)
  .filter(([, s]) => s.image === "jingxuan-app" && !s.command)
  .map(([name, s]) => ({ name, env: s.environment ?? {} }));
/** `${NAME}` and `${NAME:?message}` filled in with a placeholder, as compose would from .env. */
const filled = (value: string) => value.replace(/\$\{(\w+)(?::\?[^}]*)?\}/g, "placeholder");

describe("deploy/ matches the app's settings", () => {
  it("every app server sets only settings the app reads, with values it accepts", () => {
    expect(appServers.map((s) => s.name)).toEqual(["app1", "app2", "app3"]);
    const known = [...Object.keys(EnvSchema.shape), ...READ_ELSEWHERE];
    for (const { env } of appServers) {
      expect(Object.keys(env).filter((name) => !known.includes(name))).toEqual([]);
      const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).map(([k, v]) => [k, filled(v)])));
      expect(parsed.error?.issues ?? []).toEqual([]);
      for (const name of ["DATABASE_URL", "DATABASE_REPLICA_URL", "REDIS_URL", "AUTH_SECRET", "TRUST_PROXY"])
        expect(env).toHaveProperty(name);
      // Behind the one nginx: its hop is trusted, the client's claims are not.
      const trust = parseTrustProxy(env.TRUST_PROXY);
      expect([trust("172.18.0.9", 0), trust("203.0.113.7", 1)]).toEqual([true, false]);
    }
  });

  it("nginx proxies to exactly those servers, on the port they listen on", () => {
    const upstreams = [...nginx.matchAll(/^\s*server (\S+):(\d+)\b/gm)].map((m) => ({ host: m[1], port: m[2] }));
    expect(upstreams.map((u) => u.host)).toEqual(appServers.map((s) => s.name));
    for (const { env } of appServers) for (const u of upstreams) expect(u.port).toBe(env.PORT);
  });

  it(".env.example names exactly the variables the compose file requires", () => {
    const required = new Set([...composeText.matchAll(/\$\{(\w+)(?::\?[^}]*)?\}/g)].map((m) => m[1]));
    const listed = [...envExample.matchAll(/^(\w+)=/gm)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...required].sort());
  });
});
