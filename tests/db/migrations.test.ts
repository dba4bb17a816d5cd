// Migrations apply to an empty database and upgrade a database at the previous migration
// without losing its rows.
import { readdirSync } from "node:fs";
import pg from "pg";
import { expect, it } from "vitest";
import { migrateDeploy, withScratchDatabase } from "../../scripts/db/migrations";
import { MIGRATIONS_DIR } from "../../scripts/db/schema-engine";

const serverUrl = process.env.DATABASE_URL!;
const migrations = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

it("every migration applies to an empty database, and a second run applies nothing", { timeout: 60_000 }, async () => {
  await withScratchDatabase(serverUrl, async (url) => {
    expect(await migrateDeploy(url)).toEqual(migrations);
    expect(await migrateDeploy(url)).toEqual([]);
  });
});

it("upgrading from the previous migration keeps every row", { timeout: 60_000 }, async () => {
  const previous = migrations.at(-2);
  if (!previous) return; // a single migration has no upgrade path yet
  await withScratchDatabase(serverUrl, async (url) => {
    await migrateDeploy(url, { upTo: previous });
    await query(
      url,
      `INSERT INTO users (id, email, name, password_hash, updated_at) VALUES ('u1', 'a@test.example', 'A', 'x', now())`,
    );
    await query(url, `INSERT INTO courses (id, slug, title, summary, updated_at) VALUES ('c1', 'c', 'C', 'S', now())`);
    await query(
      url,
      `INSERT INTO articles (id, course_id, slug, kind, title, body, author_id, status, updated_at) VALUES ('a1', 'c1', 'a', 'LESSON', 'T', 'B', 'u1', 'PUBLISHED', now())`,
    );
    await query(
      url,
      `INSERT INTO comments (id, course_id, article_id, author_id, body, status, like_count, updated_at) VALUES ('m1', 'c1', 'a1', 'u1', 'kept', 'FEATURED', 1, now())`,
    );
    await query(url, `INSERT INTO comment_likes (comment_id, user_id) VALUES ('m1', 'u1')`);
    expect(await migrateDeploy(url)).toEqual(migrations.slice(migrations.indexOf(previous) + 1));
    expect(await query(url, "SELECT body, like_count FROM comments WHERE id = 'm1'")).toEqual([
      { body: "kept", like_count: 1 },
    ]);
    expect(await query(url, "SELECT count(*)::int AS n FROM comment_likes")).toEqual([{ n: 1 }]);
  });
});
