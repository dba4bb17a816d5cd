// The schema engine reads PostgreSQL's catalogs through the pg adapter. Catalog flags of the
// internal "char" type (pg_constraint.contype, …) must reach it as Character: on PostgreSQL 18,
// which lists NOT NULL constraints in pg_constraint, the drift check panicked reading them as text.
import { ColumnTypeEnum, type SqlQueryable } from "@prisma/driver-adapter-utils";
import { afterAll, expect, it } from "vitest";
import { schemaEngineAdapterFactory, schemaEnginePool } from "../../scripts/db/schema-engine";

const pool = schemaEnginePool(process.env.DATABASE_URL!);
afterAll(() => pool.end());

const FLAGS_SQL = `SELECT 'n'::"char" AS flag, NULL::"char" AS no_flag, '{a,b}'::"char"[] AS flags, 'x'::text AS label`;
const query = (queryable: SqlQueryable) => queryable.queryRaw({ sql: FLAGS_SQL, args: [], argTypes: [] });

it('reports "char" columns as Character, "char" arrays as text arrays, in and out of transactions', async () => {
  const adapter = await schemaEngineAdapterFactory(pool).connect();
  const expected = {
    columnNames: ["flag", "no_flag", "flags", "label"],
    columnTypes: [ColumnTypeEnum.Character, ColumnTypeEnum.Character, ColumnTypeEnum.TextArray, ColumnTypeEnum.Text],
    rows: [["n", null, ["a", "b"], "x"]],
  };
  expect(await query(adapter)).toEqual(expected);
  const tx = await adapter.startTransaction();
  try {
    expect(await query(tx)).toEqual(expected);
  } finally {
    await tx.rollback();
  }
});
