import type { CurrentUser } from "@/lib/auth/session";
import { cached, invalidate } from "@/lib/cache";
import { courseCacheNamespace, requireCuration } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hasNoNullBytes } from "@/lib/validation";
import { z } from "@/lib/zod";
import "server-only";

export const BlockedWordsSchema = z.strictObject({
  words: z
    .array(z.string().trim().min(1).max(60).refine(hasNoNullBytes))
    .max(500, { error: "Keep the list under 500 words." })
    .transform((words) => [...new Set(words.map((w) => w.toLowerCase()))]),
});
export type BlockedWordsInput = z.infer<typeof BlockedWordsSchema>;

/** The first blocked word `text` contains (case-insensitive), as the reason to hold it back. */
export function findBlockedWord(text: string, words: readonly string[]): string | null {
  const haystack = text.toLowerCase();
  return words.find((w) => haystack.includes(w)) ?? null;
}

const WORDS_TTL_MS = 10_000;

/** The course's blocked words, from the shared cache: every comment posted reads them. */
const courseBlockedWords = (courseId: string) =>
  cached(courseCacheNamespace(courseId), "blocked-words", WORDS_TTL_MS, async () => {
    const course = await db.course.findUnique({ where: { id: courseId }, select: { blockedWords: true } });
    return course?.blockedWords ?? [];
  });

/** The reason a comment with `body` is held back in the course, or null. */
export async function holdReasonFor(courseId: string, body: string): Promise<string | null> {
  const word = findBlockedWord(body, await courseBlockedWords(courseId));
  return word ? `Contains the blocked word “${word}”.` : null;
}

async function courseIdOf(slug: string) {
  const course = await db.course.findUnique({ where: { slug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  return course.id;
}

/** The course's instructors and admins read the list. */
export async function getBlockedWords(user: CurrentUser | null, slug: string): Promise<string[]> {
  const courseId = await courseIdOf(slug);
  await requireCuration(user, courseId);
  return (await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { blockedWords: true } })).blockedWords;
}

/** The course's instructors and admins replace the list (it applies to comments written or edited from now on). */
export async function setBlockedWords(user: CurrentUser, slug: string, input: BlockedWordsInput): Promise<string[]> {
  const courseId = await courseIdOf(slug);
  await requireCuration(user, courseId);
  const before = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { blockedWords: true } });
  await db.$transaction([
    db.course.update({ where: { id: courseId }, data: { blockedWords: input.words } }),
    db.auditEvent.create({
      data: {
        courseId,
        actorId: user.id,
        action: "course.blocked_words",
        targetType: "course",
        targetId: courseId,
        before: before.blockedWords,
        after: input.words,
      },
    }),
  ]);
  // Before answering: the comments posted from now on, on any app server, see the new list.
  await invalidate(courseCacheNamespace(courseId));
  return input.words;
}
