import { execFileSync } from "node:child_process";
import type { PrismaClient } from "../lib/generated/prisma/client";

// Comments written straight to the database carry no similarity terms; the app stores them on
// its write path. Tests that plant answered questions store them here, as the analyzer makes
// them. NOTE: in a child process under tsx: Playwright's ESM loader does not resolve the
// segmenter's extensionless "@node-rs/jieba/dict" import, tsx and Next do.
const ANALYZE = `
import { analyze } from "./lib/similarity/analyze.ts";
let input = "";
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(JSON.stringify(JSON.parse(input).map(analyze)));`;

/** Stores `terms` on the given comments (all of them when `ids` is omitted: the featured ones without terms). */
export async function storeTerms(db: PrismaClient, where: { ids?: string[]; courseSlug?: string }) {
  const comments = await db.comment.findMany({
    where: where.ids
      ? { id: { in: where.ids } }
      : { course: { slug: where.courseSlug }, status: "FEATURED", terms: { isEmpty: true } },
    select: { id: true, body: true },
  });
  if (comments.length === 0) return;
  const out = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", ANALYZE], {
    input: JSON.stringify(comments.map((c) => c.body)),
  });
  const terms = JSON.parse(out.toString("utf8")) as string[][];
  for (const [i, c] of comments.entries()) await db.comment.update({ where: { id: c.id }, data: { terms: terms[i] } });
}
