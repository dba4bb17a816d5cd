// The machine's ceilings, measured in the same run so results read as ratios:
//  - a bare node:http server answering constant JSON (child process);
//  - a Next.js route handler returning a constant: a one-route Next.js app with the
//    project's own `next`, generated and built (once) in the ignored bench/.peer/;
//  - for context, the app's cheapest route that touches no database
//    (GET /api/auth/providers: next-auth's provider list, no session, no query).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "../scripts/db/server";
import { runToCompletion } from "./app-server";
import { measure, skipped, type Endpoint, type LoadResult } from "./lib/load";
import { errorMessage, log } from "./lib/log";
import { startServer, waitForHttp, type Server } from "./lib/proc";

export const PEER_DIR = path.resolve("bench/.peer");
const CEILING_APP = path.join(PEER_DIR, "next-ceiling");
const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

export async function bareHttpCeiling(): Promise<LoadResult> {
  const port = await freePort();
  const server = startServer("bare node:http", process.execPath, [
    "--import",
    "tsx",
    "bench/servers/bare-http.ts",
    String(port),
  ]);
  try {
    const origin = `http://127.0.0.1:${port}`;
    await waitForHttp(origin, server, 20_000);
    return await measure("bare node:http, constant JSON", {
      origin,
      serverPid: server.pid,
      target: "GET /",
      next: () => ({ path: "/" }),
    });
  } finally {
    await server.stop();
  }
}

function nextVersion(): string {
  const require = createRequire(import.meta.url);
  return (require("next/package.json") as { version: string }).version;
}

/** Writes the one-route app and builds it unless a build for this `next` version exists. */
export async function ensureNextCeilingApp(): Promise<void> {
  const stamp = path.join(CEILING_APP, ".built-with");
  const version = nextVersion();
  if (
    existsSync(path.join(CEILING_APP, ".next/BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === version
  )
    return;
  log(`building the constant-route Next.js app (next ${version}) in bench/.peer/next-ceiling…`);
  mkdirSync(path.join(CEILING_APP, "app/api/ping"), { recursive: true });
  writeFileSync(
    path.join(CEILING_APP, "package.json"),
    JSON.stringify({ name: "next-ceiling", private: true, type: "module" }, null, 2),
  );
  // The repo root is Turbopack's root, so `next` and `react` resolve from the project's node_modules.
  writeFileSync(
    path.join(CEILING_APP, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(process.cwd())} } };\n`,
  );
  writeFileSync(
    path.join(CEILING_APP, "app/layout.js"),
    "export default function RootLayout({ children }) {\n  return children;\n}\n",
  );
  writeFileSync(
    path.join(CEILING_APP, "app/api/ping/route.js"),
    'export const dynamic = "force-dynamic";\n\nexport function GET() {\n  return Response.json({ ok: true });\n}\n',
  );
  await runToCompletion("next build (constant-route app)", process.execPath, [NEXT_BIN, "build"], {
    cwd: CEILING_APP,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    timeoutMs: 5 * 60_000,
  });
  writeFileSync(stamp, version);
}

export type CeilingServer = {
  /** Measures the constant route now (the bench does it before and after the app's scenarios). */
  measure: (when: string) => Promise<LoadResult>;
  stop: () => Promise<void>;
};

const CEILING_NAME = "Next.js route handler, constant JSON";
const CEILING_TARGET = "GET /api/ping (one-route app)";

/** Starts the one-route app (building it first if needed); measuring it never throws. */
export async function startNextCeiling(): Promise<CeilingServer> {
  let failure: string | null = null;
  let server: Server | null = null;
  let origin = "";
  try {
    await ensureNextCeilingApp();
    const port = await freePort();
    server = startServer(
      "next start (constant-route app)",
      process.execPath,
      [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"],
      { cwd: CEILING_APP, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" } },
    );
    origin = `http://127.0.0.1:${port}`;
    await waitForHttp(`${origin}/api/ping`, server, 60_000);
  } catch (err) {
    failure = `the constant-route app did not run: ${errorMessage(err).slice(0, 400)}`;
  }
  return {
    measure: async (when) => {
      const name = `${CEILING_NAME} (${when})`;
      if (failure || !server) return skipped(name, CEILING_TARGET, failure ?? "not started");
      try {
        return await measure(name, {
          origin,
          serverPid: server.pid,
          target: CEILING_TARGET,
          next: () => ({ path: "/api/ping" }),
        });
      } catch (err) {
        return skipped(name, CEILING_TARGET, errorMessage(err).slice(0, 400));
      }
    },
    stop: async () => {
      await server?.stop();
    },
  };
}

/** The app's own cheapest route without a database query, on the running app. */
export function inAppNoDbRoute({ origin, pid }: Endpoint): Promise<LoadResult> {
  return measure("Jingxuan route without database", {
    origin,
    serverPid: pid,
    target: "GET /api/auth/providers",
    next: () => ({ path: "/api/auth/providers" }),
    note: "next-auth's provider list: no session, no query; includes the app's config (headers, instrumentation)",
  });
}
