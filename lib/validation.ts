import { z } from "@/lib/zod";

// Fields shared by several schemas. Messages are written for people.
// Stored lower-case, so "Ana@X.org" and "ana@x.org" are one account.
export const EmailField = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, { error: "That email address is too long." })
  .pipe(z.email({ error: "Enter a valid email address." }));

export const PasswordField = z
  .string({ error: "Enter a password." })
  .min(8, { error: "Use at least 8 characters." })
  .max(200, { error: "Use at most 200 characters." });

/** PostgreSQL text cannot hold NUL characters; refuse them instead of failing later. */
export const hasNoNullBytes = (s: string) => !s.includes("\u0000");
export const NO_NULL_BYTES = { error: "Remove the invisible control characters." };

export const NameField = z
  .string({ error: "Enter your name." })
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .min(1, { error: "Enter your name." })
  .max(60, { error: "Keep your name under 60 characters." });

/**
 * Ids (cuid) and slugs are short runs of letters, digits, "-" and "_". One rule for every
 * id a client sends, in a path or a body: anything else is simply not found.
 */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;
export const IdField = z.string().regex(ID_PATTERN, { error: "Not a valid id." });

/** A people search (`q` of the member and user lists): a name or e-mail fragment. */
export const PeopleSearchField = z
  .string()
  .refine(hasNoNullBytes, NO_NULL_BYTES)
  .trim()
  .max(100, { error: "Keep the search under 100 characters." });
