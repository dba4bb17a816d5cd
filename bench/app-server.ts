// The app under test: the production build (built first if .next/BUILD_ID is missing),
// started the way production starts it (scripts/serve.ts start), rate limits off.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../scripts/db/server";
import { errorMessage, log, sleep } from "./lib/log";
import { startServer, waitForHttp, type Server } from "./lib/proc";

export type App = { origin: string; server: Server; built: boolean };

const NEXT_BIN = path.resolve("node_modules/next/dist/bin/next");

/** Runs a command to completion, bounded in time; rejects with its last output on failure. */
export function runToCompletion(
  name: string,
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (b: Buffer) => {
      output = (output + b.toString("utf8")).slice(-6_000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${name} took over ${opts.timeoutMs / 1000} s:\n${output}`));
    }, opts.timeoutMs);
    child.once("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`${name} failed (exit ${code}):\n${output}`));
    });
  });
}

/** `next build` when there is no production build yet. Returns whether it built. */
export async function ensureAppBuild(): Promise<boolean> {
  if (existsSync(".next/BUILD_ID")) return false;
  log("no production build (.next/BUILD_ID): running next build…");
  const started = Date.now();
  try {
    await runToCompletion("next build", process.execPath, [NEXT_BIN, "build"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      timeoutMs: 8 * 60_000,
    });
  } catch (err) {
    // Someone else's build of this checkout is running: use the build it leaves.
    if (!errorMessage(err).includes("Another next build process is already running")) throw err;
    log("another next build of this checkout is running: waiting for it (at most 5 minutes)…");
    const deadline = Date.now() + 5 * 60_000;
    while (!existsSync(".next/BUILD_ID")) {
      if (Date.now() > deadline) throw new Error("the other next build did not finish within 5 minutes");
      await sleep(2_000);
    }
    await sleep(3_000); // it writes BUILD_ID before its last files
  }
  log(`next build done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return true;
}

export async function startApp(databaseUrl: string, authSecret: string): Promise<App> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret,
    RATE_LIMIT: "off",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.DATABASE_REPLICA_URL;
  delete env.NEXTAUTH_SECRET;
  const server = startServer(
    "jingxuan (next start)",
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "start"],
    { env },
  );
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(`${origin}/api/health`, server, 120_000);
  log(`app up at ${origin}`);
  return { origin, server, built: false };
}
