// Child processes of the run: each in its own process group (so a server's own children
// stop with it), stopped with SIGTERM and, if still there after a while, SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { onCleanup } from "./cleanup";
import { log, sleep } from "./log";

export type Server = {
  name: string;
  pid: number;
  /** The last lines it printed (for error reports). */
  tail: () => string;
  isRunning: () => boolean;
  stop: () => Promise<void>;
};

const TAIL_BYTES = 8_000;

export function startServer(
  name: string,
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; quietStdout?: boolean } = {},
): Server {
  const child: ChildProcess = spawn(command, args, {
    cwd: opts.cwd,
    env: opts.env ?? process.env,
    detached: true,
    stdio: ["ignore", opts.quietStdout ? "ignore" : "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`${name} did not start (${command} ${args.join(" ")})`);
  const pid = child.pid;
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-TAIL_BYTES);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
  });

  const stopNow = async () => {
    if (exited) return;
    signalGroup(pid, "SIGTERM");
    const done = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) {
      log(`${name} did not stop within 10 s of SIGTERM: SIGKILL`);
      signalGroup(pid, "SIGKILL");
      await Promise.race([exit, sleep(3_000)]);
    }
    // Whatever the group leader left behind in its group (for example Next's worker).
    signalGroup(pid, "SIGKILL");
  };
  const stop = onCleanup(`stop ${name}`, stopNow);
  return { name, pid, tail: () => output, isRunning: () => !exited, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** Polls `url` until it answers `status`, for at most `timeoutMs`; fails early if the server exits. */
export async function waitForHttp(url: string, server: Server | null, timeoutMs: number, status = 200): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "no answer";
  while (Date.now() < deadline) {
    if (server && !server.isRunning()) {
      throw new Error(`${server.name} exited before it answered ${url}:\n${server.tail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await res.arrayBuffer();
      if (res.status === status) return;
      last = `HTTP ${res.status}`;
    } catch (err) {
      last = err instanceof Error ? err.message : String(err);
    }
    await sleep(250);
  }
  throw new Error(
    `${url} did not answer ${status} within ${timeoutMs / 1000} s (last: ${last})${server ? `\n${server.tail()}` : ""}`,
  );
}
