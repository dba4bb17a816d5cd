import type { Prisma } from "@/lib/generated/prisma/client";

// The essay lists' keyset conditions (their cursors and pages are lib/keyset.ts's): the
// published list sorts by its pin first, and several of its time keys may be null.

type TimeKey = "updatedAt" | "submittedAt" | "publishedAt" | "storyPinnedAt";
const NULLABLE: Record<TimeKey, boolean> = {
  updatedAt: false,
  submittedAt: true,
  publishedAt: true,
  storyPinnedAt: true,
};

/**
 * The rows after the one whose `key` is `value` in the order (`key` `dir`, nulls last),
 * then `tie` among rows with the same value. Chain it for several keys; the last tie is
 * the id, so no two rows are ever equal.
 */
export function afterKey(
  key: TimeKey,
  dir: "asc" | "desc",
  value: string | null,
  tie: Prisma.ArticleWhereInput,
): Prisma.ArticleWhereInput {
  if (value === null) return { AND: [{ [key]: null }, tie] };
  const at = new Date(value);
  const beyond: Prisma.ArticleWhereInput = { [key]: { [dir === "asc" ? "gt" : "lt"]: at } };
  return { OR: [beyond, ...(NULLABLE[key] ? [{ [key]: null }] : []), { AND: [{ [key]: at }, tie] }] };
}

export const afterId = (dir: "asc" | "desc", id: string): Prisma.ArticleWhereInput => ({
  id: { [dir === "asc" ? "gt" : "lt"]: id },
});
