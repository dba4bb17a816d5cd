import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { articleIndex, replyIndex } from "./index-values";

// Writes the search index of one row inside the caller's transaction, right after its text
// (Prisma cannot write a tsvector column). Comments index in their own insert (lib/comments).

type Client = Prisma.TransactionClient | PrismaClient;

/** Indexes the article's current title and body (read in the caller's transaction when not given). */
export async function indexArticle(tx: Client, id: string, text?: { title: string; body: string }): Promise<void> {
  const row = text ?? (await tx.article.findUnique({ where: { id }, select: { title: true, body: true } }));
  if (!row) return;
  const { vector, version } = articleIndex(row.title, row.body);
  await tx.$executeRaw`
    UPDATE articles SET search_vector = ${vector}::tsvector, index_version = ${version} WHERE id = ${id}`;
}

/** Indexes a reply's body. */
export async function indexReply(tx: Client, id: string, body: string): Promise<void> {
  const { vector, version } = replyIndex(body);
  await tx.$executeRaw`
    UPDATE replies SET search_vector = ${vector}::tsvector, index_version = ${version} WHERE id = ${id}`;
}
