import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase, migrateDeploy, withDatabase } from "./migrations";
import { openDatabaseServer, type DatabaseServer } from "./server";

export type TestDatabase = { url: string; server: DatabaseServer; drop: () => Promise<void> };

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

/** A fresh, migrated database `jingxuan_test_<random>` on the local server; `drop` removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = await openDatabaseServer();
  const host = new URL(server.serverUrl).hostname;
  if (!LOCAL_HOSTS.has(host)) {
    await server.stop();
    throw new Error(`Refusing to create test databases on ${host}: tests only run against a local server.`);
  }
  const name = `jingxuan_test_${randomBytes(4).toString("hex")}`;
  await createDatabase(server.serverUrl, name);
  const url = withDatabase(server.serverUrl, name);
  const drop = async () => {
    await dropDatabase(server.serverUrl, name).catch((e) => console.error(`Could not drop ${name}:`, e));
    await server.stop();
  };
  try {
    await migrateDeploy(url);
  } catch (err) {
    await drop();
    throw err;
  }
  return { url, server, drop };
}
