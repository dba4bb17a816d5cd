import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createDatabase, databaseExists, withDatabase } from "./migrations";
import { APP_DATABASE, dataDir, openDatabaseServer, type DatabaseServer } from "./server";

export type AppDatabase = { url: string; server: DatabaseServer };

/** DATABASE_URL as given, or the embedded server's app database (created on first use). */
export async function openAppDatabase(): Promise<AppDatabase> {
  const server = await openDatabaseServer();
  if (!server.isEmbedded) return { url: server.serverUrl, server };
  if (!(await databaseExists(server.serverUrl, APP_DATABASE))) await createDatabase(server.serverUrl, APP_DATABASE);
  return { url: withDatabase(server.serverUrl, APP_DATABASE), server };
}

/** AUTH_SECRET as given; for the local default, one generated on first run and kept in .data/. */
export function resolveAuthSecret(isProduction: boolean, isEmbedded: boolean): string {
  const given = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (given) return given;
  if (isProduction && !isEmbedded) {
    throw new Error("AUTH_SECRET is required in production (for example: `openssl rand -base64 32`).");
  }
  const file = path.join(dataDir(), "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir(), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
