// Integration tests need a real PostgreSQL. `npm test` hands over a fresh database in
// DATABASE_URL (with JINGXUAN_TEST_DATABASE=1); run alone, vitest makes its own.
import { createTestDatabase } from "../../scripts/db/test-database";

export default async function setup() {
  if (process.env.JINGXUAN_TEST_DATABASE === "1") return;
  const db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.JINGXUAN_TEST_DATABASE = "1";
  return () => db.drop();
}
