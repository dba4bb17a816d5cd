// Starts the production app (`npm start` path) as a child process for reliability tests.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "../../scripts/db/server";

export type AppServer = {
  url: string;
  port: number;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  child: ChildProcess;
};

export const hasBuild = () => existsSync(".next/BUILD_ID");

/** Why tests of the production server cannot run here, or undefined when they can. */
export const missingBuild = () =>
  hasBuild() ? undefined : "no production build in .next: run `npx next build` first (npm test does)";

/** Starts `scripts/serve.ts start` against `databaseUrl` and waits until /api/health answers. */
export async function startApp(
  databaseUrl: string,
  env: Record<string, string> = {},
  port?: number,
): Promise<AppServer> {
  const p = port ?? (await freePort());
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "start"], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(p),
      AUTH_SECRET: "reliability-tests-secret-0123456789",
      LOG_LEVEL: "warn",
      // Tests play many clients from this machine with an X-Forwarded-For each, as behind a
      // proxy on loopback; tests of the default setting override it.
      TRUST_PROXY: "loopback",
      ...env,
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true, // its own process group, so a kill reaches Next's child process too
  });
  const url = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before it was ready`);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.status < 600,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error("the app did not start within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const kill = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid!, signal);
    } catch {
      return;
    }
    await exited;
  };
  return { url, port: p, kill, child };
}
