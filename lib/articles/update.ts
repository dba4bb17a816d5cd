import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { updateEssay } from "@/lib/essays/mutations";
import { UpdateEssaySchema } from "@/lib/essays/schema";
import { updateLesson } from "@/lib/lessons/mutations";
import { UpdateLessonSchema } from "@/lib/lessons/schema";
import "server-only";

/**
 * PATCH /api/articles/{id}: a lesson and a reflection take different changes, so the body
 * is read with the schema of the article's kind (each update authorizes the caller itself).
 */
export async function updateArticle(user: CurrentUser, id: string, body: unknown) {
  const found = await db.article.findUnique({ where: { id }, select: { kind: true } });
  if (!found) throw new AppError("not_found", "Article not found.");
  return found.kind === "LESSON"
    ? updateLesson(user, id, UpdateLessonSchema.parse(body))
    : updateEssay(user, id, UpdateEssaySchema.parse(body));
}
