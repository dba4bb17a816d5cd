import type { ProfileDTO, ProfilePatch } from "@/lib/accounts/schema";
import { articleCacheNamespace } from "@/lib/articles/queries";
import type { CurrentUser } from "@/lib/auth/session";
import { invalidate } from "@/lib/cache";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import "server-only";

const PROFILE = {
  id: true,
  email: true,
  name: true,
  avatarUrl: true,
  locale: true,
  timeZone: true,
  mailFeatured: true,
  mailAnswered: true,
  mailEssays: true,
  mailDigest: true,
} as const;

type ProfileRow = {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  locale: string | null;
  timeZone: string | null;
  mailFeatured: boolean;
  mailAnswered: boolean;
  mailEssays: boolean;
  mailDigest: boolean;
};

const toProfileDTO = (u: ProfileRow): ProfileDTO => ({
  id: u.id,
  email: u.email,
  name: u.name,
  avatarUrl: u.avatarUrl,
  locale: isLocale(u.locale) ? u.locale : null,
  timeZone: u.timeZone,
  mail: { featured: u.mailFeatured, answered: u.mailAnswered, essays: u.mailEssays, digest: u.mailDigest },
});

/** The caller's own account, as /settings shows it. */
export async function getProfile(user: CurrentUser): Promise<ProfileDTO> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: PROFILE });
  if (!row) throw new AppError("unauthorized", "Please sign in.");
  return toProfileDTO(row);
}

/**
 * Articles and their comment lists are cached with their authors' names and photos: after a
 * change of either, those the user wrote, commented on or replied under are read afresh.
 */
async function forgetAuthorship(userId: string): Promise<void> {
  const [articles, comments, replies] = await Promise.all([
    db.article.findMany({ where: { authorId: userId }, select: { id: true } }),
    db.comment.findMany({ where: { authorId: userId }, select: { articleId: true }, distinct: ["articleId"] }),
    db.reply.findMany({
      where: { authorId: userId },
      select: { comment: { select: { articleId: true } } },
      distinct: ["commentId"],
    }),
  ]);
  const ids = new Set([
    ...articles.map((a) => a.id),
    ...comments.map((c) => c.articleId),
    ...replies.map((r) => r.comment.articleId),
  ]);
  await Promise.all([...ids].map((id) => invalidate(articleCacheNamespace(id))));
}

/** Changes what the caller sent of their own account; the rest stays. */
export async function updateProfile(user: CurrentUser, patch: ProfilePatch): Promise<ProfileDTO> {
  const row = await db.user.update({
    where: { id: user.id },
    data: {
      name: patch.name,
      avatarUrl: patch.avatarUrl,
      locale: patch.locale,
      timeZone: patch.timeZone,
      mailFeatured: patch.mail?.featured,
      mailAnswered: patch.mail?.answered,
      mailEssays: patch.mail?.essays,
      mailDigest: patch.mail?.digest,
    },
    select: PROFILE,
  });
  if (patch.name !== undefined || patch.avatarUrl !== undefined) await forgetAuthorship(user.id);
  return toProfileDTO(row);
}

/** Sets the caller's avatar to an upload's URL (made by lib/accounts/avatar.ts). */
export async function setAvatarUrl(user: CurrentUser, avatarUrl: string): Promise<ProfileDTO> {
  const row = await db.user.update({ where: { id: user.id }, data: { avatarUrl }, select: PROFILE });
  await forgetAuthorship(user.id);
  return toProfileDTO(row);
}
