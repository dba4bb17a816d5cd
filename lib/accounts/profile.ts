import type { ProfileDTO, ProfilePatch } from "@/lib/accounts/schema";
import type { CurrentUser } from "@/lib/auth/session";
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
};

const toProfileDTO = (u: ProfileRow): ProfileDTO => ({
  id: u.id,
  email: u.email,
  name: u.name,
  avatarUrl: u.avatarUrl,
  locale: isLocale(u.locale) ? u.locale : null,
  timeZone: u.timeZone,
  mail: { featured: u.mailFeatured, answered: u.mailAnswered, essays: u.mailEssays },
});

/** The caller's own account, as /settings shows it. */
export async function getProfile(user: CurrentUser): Promise<ProfileDTO> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: PROFILE });
  if (!row) throw new AppError("unauthorized", "Please sign in.");
  return toProfileDTO(row);
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
    },
    select: PROFILE,
  });
  return toProfileDTO(row);
}

/** Sets the caller's avatar to an upload's URL (made by lib/accounts/avatar.ts). */
export async function setAvatarUrl(user: CurrentUser, avatarUrl: string): Promise<ProfileDTO> {
  return toProfileDTO(await db.user.update({ where: { id: user.id }, data: { avatarUrl }, select: PROFILE }));
}
