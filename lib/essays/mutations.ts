import { canSeeArticle } from "@/lib/articles/policy";
import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { getCourseAccess, requirePosting } from "@/lib/courses/access";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { essayRefusal } from "@/lib/essays/policy";
import { essaySelect, toEssayDTO } from "@/lib/essays/queries";
import { ReadyEssaySchema, type CreateEssayInput, type EssayDTO, type UpdateEssayInput } from "@/lib/essays/schema";
import type { ArticleStatus, Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/mail/notify";
import { indexArticle } from "@/lib/search/write-index";
import { randomBytes } from "node:crypto";
import "server-only";

/** A member of the course (learner, instructor or admin) starts a draft, unless the course is archived. */
export async function createEssay(user: CurrentUser, courseSlug: string, input: CreateEssayInput): Promise<EssayDTO> {
  const course = await db.course.findUnique({ where: { slug: courseSlug }, select: { id: true } });
  if (!course) throw new AppError("not_found", "Course not found.");
  await requirePosting(user, course.id);
  const row = await db.$transaction(async (tx) => {
    const essay = await tx.article.create({
      data: {
        courseId: course.id,
        authorId: user.id,
        kind: "ESSAY",
        status: "DRAFT",
        slug: `draft-${randomBytes(6).toString("hex")}`,
        title: input.title,
        body: input.body,
      },
      select: essaySelect,
    });
    await audit(tx, {
      courseId: course.id,
      actorId: user.id,
      essayId: essay.id,
      action: "essay.create",
      before: null,
      after: { status: "DRAFT" },
    });
    return essay;
  });
  return toEssayDTO(row);
}

type Locked = {
  status: ArticleStatus;
  title: string;
  body: string;
  published_at: Date | null;
  story_pinned_at: Date | null;
};

/**
 * Every change to an essay: the author edits and submits (from draft or returned); the
 * course's instructors publish or return it (from submitted) and pin a published one to
 * the top of Learner stories. 404 for what the caller cannot see, 403 for what they see
 * but may not do, 409 when the essay is not in a state the action starts from. State
 * changes lock the row, write an audit event and notify the author in one transaction.
 */
export async function updateEssay(user: CurrentUser, id: string, input: UpdateEssayInput): Promise<EssayDTO> {
  const found = await db.article.findUnique({
    where: { id },
    select: { kind: true, status: true, authorId: true, courseId: true, publishedAt: true },
  });
  if (!found) throw new AppError("not_found", "Article not found.");
  const access = await getCourseAccess(user, found.courseId);
  if (!canSeeArticle(user, access, found)) throw new AppError("not_found", "Article not found.");
  if (found.kind !== "ESSAY") throw new AppError("forbidden", "Lessons are not edited here.");
  const refuse = (status: ArticleStatus) => {
    const refusal = essayRefusal(user, access, { authorId: found.authorId, status }, input.action);
    if (refusal) throw new AppError(refusal.code, refusal.message);
  };
  refuse(found.status);

  if (input.action === "edit") {
    // Autosave: no audit event per keystroke batch; the status condition closes the race
    // with a submission from another tab.
    const { count } = await db.article.updateMany({
      where: { id, authorId: user.id, status: { in: ["DRAFT", "RETURNED"] } },
      data: { title: input.title, body: input.body },
    });
    if (count === 0) throw new AppError("conflict", "This reflection can change only while a draft or returned.");
  } else {
    await db.$transaction(async (tx) => {
      const [before] = await tx.$queryRaw<Locked[]>`
        SELECT status, title, body, published_at, story_pinned_at FROM articles WHERE id = ${id} FOR UPDATE`;
      if (!before) throw new AppError("not_found", "Article not found.");
      refuse(before.status);
      const change = plan(input, before);
      await tx.article.update({ where: { id }, data: change.data });
      // Search finds published essays only, and their text is fixed from submission on: the
      // index is written then (and on publishing), not on every autosave of a draft.
      if (input.action === "submit" || input.action === "publish") await indexArticle(tx, id);
      const ctx = { courseId: found.courseId, actorId: user.id, essayId: id };
      await audit(tx, { ...ctx, action: `essay.${input.action}`, before: change.before, after: change.after });
      if (change.notify && found.authorId !== user.id) {
        const { kind, note } = change.notify;
        await notify(tx, found.authorId, kind, { articleId: id, ...(note !== undefined && { note }) });
      }
    });
  }
  await invalidate(articleCacheNamespace(id)); // readers see the new text and status at once
  return toEssayDTO(await db.article.findUniqueOrThrow({ where: { id }, select: essaySelect }));
}

type Plan = {
  data: Prisma.ArticleUpdateInput;
  before: Prisma.InputJsonObject;
  after: Prisma.InputJsonObject;
  /** The author hears of a publication or a return (with the note). */
  notify?: { kind: "ESSAY_PUBLISHED" | "ESSAY_RETURNED"; note?: string };
};

/** What a state change writes, given the locked row. */
function plan(input: Exclude<UpdateEssayInput, { action: "edit" }>, before: Locked): Plan {
  const now = new Date();
  switch (input.action) {
    case "submit": {
      const ready = ReadyEssaySchema.parse({ title: input.title ?? before.title, body: input.body ?? before.body });
      return {
        data: { ...ready, status: "SUBMITTED", submittedAt: now },
        before: { status: before.status },
        after: { status: "SUBMITTED" },
      };
    }
    case "publish":
      return {
        // The public address is made once, from the title, when it first goes public.
        data: {
          status: "PUBLISHED",
          publishedAt: now,
          returnNote: null,
          ...(!before.published_at && { slug: publicSlug(before.title) }),
        },
        before: { status: before.status },
        after: { status: "PUBLISHED" },
        notify: { kind: "ESSAY_PUBLISHED" },
      };
    case "return":
      return {
        data: { status: "RETURNED", returnNote: input.note },
        before: { status: before.status },
        after: { status: "RETURNED", note: input.note },
        notify: { kind: "ESSAY_RETURNED", note: input.note },
      };
    case "pin":
      return {
        data: { storyPinnedAt: input.storyPinned ? (before.story_pinned_at ?? now) : null },
        before: { storyPinned: before.story_pinned_at !== null },
        after: { storyPinned: input.storyPinned },
      };
  }
}

async function audit(
  tx: Prisma.TransactionClient,
  e: {
    courseId: string;
    actorId: string;
    essayId: string;
    action: string;
    before: Prisma.InputJsonObject | null;
    after: Prisma.InputJsonObject;
  },
) {
  await tx.auditEvent.create({
    data: {
      courseId: e.courseId,
      actorId: e.actorId,
      action: e.action,
      targetType: "article",
      targetId: e.essayId,
      before: e.before ?? undefined,
      after: e.after,
    },
  });
}

/** "Retries are not the enemy" → "retries-are-not-the-enemy-3f9a1c"; titles without Latin letters → "reflection-3f9a1c". */
export function publicSlug(title: string) {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
  return `${base || "reflection"}-${randomBytes(3).toString("hex")}`;
}
