import { isTimeZone } from "@/lib/accounts/time-zones";
import { LOCALES } from "@/lib/i18n/config";
import { NameField, PasswordField } from "@/lib/validation";
import { z } from "@/lib/zod";

/** GET/PATCH /api/me. */
export type ProfileDTO = {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  /** null: not chosen (the browser's language). */
  locale: (typeof LOCALES)[number] | null;
  /** An IANA zone; null: the browser's. */
  timeZone: string | null;
  /** Which notifications also come by e-mail; `digest`: the instructors' weekly digest. */
  mail: { featured: boolean; answered: boolean; essays: boolean; digest: boolean };
};

/** PATCH /api/me: any of these. An avatar is set through POST /api/me/avatar; null removes it. */
export const ProfilePatchSchema = z.strictObject({
  name: NameField.optional(),
  avatarUrl: z.null().optional(),
  locale: z.enum(LOCALES).nullable().optional(),
  timeZone: z.string().refine(isTimeZone, { error: "Choose a time zone from the list." }).nullable().optional(),
  mail: z
    .strictObject({ featured: z.boolean(), answered: z.boolean(), essays: z.boolean(), digest: z.boolean() })
    .partial()
    .optional(),
});
export type ProfilePatch = z.infer<typeof ProfilePatchSchema>;

/** POST /api/me/password: the new password follows the sign-up rules. */
export const PasswordChangeSchema = z.strictObject({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, { error: "Enter your current password." })
    .max(200),
  newPassword: PasswordField,
});
export type PasswordChange = z.infer<typeof PasswordChangeSchema>;
