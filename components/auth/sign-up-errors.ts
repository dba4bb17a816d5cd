import type { z } from "@/lib/zod";

export type SignUpField = "email" | "password" | "name";

// RegisterSchema's messages (lib/validation.ts) are English; the form shows the same sentences
// from auth.fieldErrors, chosen by field and issue code (a test keeps the English ones equal).
const KEYS = {
  email: { invalid_type: "emailMissing", too_big: "emailTooLong", other: "emailInvalid" },
  password: {
    invalid_type: "passwordMissing",
    too_small: "passwordTooShort",
    too_big: "passwordTooLong",
    other: "passwordMissing",
  },
  name: {
    invalid_type: "nameMissing",
    too_small: "nameMissing",
    too_big: "nameTooLong",
    custom: "nameControlChars",
    other: "nameMissing",
  },
} as const;

export type SignUpFieldErrorKey = { [F in SignUpField]: (typeof KEYS)[F][keyof (typeof KEYS)[F]] }[SignUpField];

const isField = (value: unknown): value is SignUpField => typeof value === "string" && Object.hasOwn(KEYS, value);

/** The auth.fieldErrors key of the first problem with each field. */
export function signUpFieldErrors(error: z.ZodError): Partial<Record<SignUpField, SignUpFieldErrorKey>> {
  const found: Partial<Record<SignUpField, SignUpFieldErrorKey>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if (!isField(field) || found[field]) continue;
    const keys: Partial<Record<string, SignUpFieldErrorKey>> & { other: SignUpFieldErrorKey } = KEYS[field];
    found[field] = keys[issue.code] ?? keys.other;
  }
  return found;
}
