// deploy/nginx.conf, as shipped but for its addresses, in front of local app servers: for
// the tests that run it and the bench's scenario through it. Only the addresses change (the
// upstream servers, the listening port, logs, cache and temporary files in a folder of this
// run), plus whatever a caller asks; every change must find its line, so a change to the
// shipped file that this no longer covers fails loudly.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/db/server";

export const hasNginx = () => spawnSync("nginx", ["-v"], { timeout: 5_000 }).status === 0;

export type ConfigChange = { pattern: RegExp; replace: (...groups: string[]) => string };

/** The shipped file with local addresses; `changes` apply after those. */
export function localNginxConfig(dir: string, port: number, upstreams: number[], changes: ConfigChange[] = []): string {
  let conf = readFileSync("deploy/nginx.conf", "utf8");
  const change = ({ pattern, replace }: ConfigChange) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf has no line matching ${pattern}`);
    conf = conf.replace(pattern, replace);
  };
  change({
    pattern: /^(\s*)server app1:3000(.*)$/m,
    replace: (_, indent, params) => upstreams.map((p) => `${indent}server 127.0.0.1:${p}${params}`).join("\n"),
  });
  conf = conf.replace(/^\s*server app\d+:3000.*\n/gm, "");
  change({ pattern: /listen 80;/, replace: () => `listen 127.0.0.1:${port};` });
  change({ pattern: /access_log \/var\/log\/nginx\/access\.log/, replace: () => `access_log ${dir}/access.log` });
  change({
    pattern: /proxy_cache_path \/var\/cache\/nginx\/jingxuan /,
    replace: () => `proxy_cache_path ${dir}/cache `,
  });
  change({
    pattern: /^http \{$/m,
    replace: () =>
      [
        "http {",
        ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${dir}/${t};`),
      ].join("\n"),
  });
  for (const c of changes) change(c);
  return conf;
}

export type Nginx = {
  origin: string;
  dir: string;
  pid: number;
  /** `nginx -t` on the written file: its output and exit status. */
  check: () => { output: string; status: number | null };
  accessLog: () => string;
  stop: () => Promise<void>;
};

const args = (dir: string) => ["-p", dir, "-c", `${dir}/nginx.conf`, "-e", `${dir}/error.log`];

/** Starts nginx (in the foreground, its own process group) on a free port; resolves once it answers. */
export async function startNginx(upstreams: number[], changes: ConfigChange[] = []): Promise<Nginx> {
  const dir = mkdtempSync(path.join(tmpdir(), "jingxuan-nginx-"));
  chmodSync(dir, 0o755); // nginx's workers run as another user
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  writeFileSync(`${dir}/nginx.conf`, localNginxConfig(dir, port, upstreams, changes));
  const child: ChildProcess = spawn("nginx", [...args(dir), "-g", `daemon off; pid ${dir}/nginx.pid;`], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT"); // graceful: open streams are cut, workers exit
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // gone already
        }
      }, 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  while (
    !(await fetch(`${origin}/api/health`).then(
      () => true,
      () => false,
    ))
  ) {
    if (child.exitCode !== null) {
      const log = readFileSync(`${dir}/error.log`, "utf8");
      await stop();
      throw new Error(`nginx exited with ${child.exitCode}: ${log}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error("nginx did not answer within 10 s");
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    origin,
    dir,
    pid: child.pid!,
    check: () => {
      const t = spawnSync("nginx", ["-t", ...args(dir), "-g", `pid ${dir}/test.pid;`], { encoding: "utf8" });
      return { output: t.stderr, status: t.status };
    },
    accessLog: () => readFileSync(`${dir}/access.log`, "utf8"),
    stop,
  };
}
