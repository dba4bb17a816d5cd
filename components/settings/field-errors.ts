import { signUpFieldErrors, type SignUpFieldErrorKey } from "@/components/auth/sign-up-errors";
import { RegisterSchema } from "@/lib/auth/schema";

// Names and new passwords follow the sign-up rules, so settings show sign-up's messages
// (auth.fieldErrors), chosen the same way.

/** The auth.fieldErrors key for what is wrong with `name`, if anything. */
export function nameErrorKey(name: string): SignUpFieldErrorKey | undefined {
  const parsed = RegisterSchema.pick({ name: true }).safeParse({ name });
  return parsed.success ? undefined : signUpFieldErrors(parsed.error).name;
}

/** The auth.fieldErrors key for what is wrong with a new `password`, if anything. */
export function newPasswordErrorKey(password: string): SignUpFieldErrorKey | undefined {
  const parsed = RegisterSchema.pick({ password: true }).safeParse({ password });
  return parsed.success ? undefined : signUpFieldErrors(parsed.error).password;
}
