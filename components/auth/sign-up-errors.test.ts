import { RegisterSchema } from "@/lib/auth/schema";
import en from "@/lib/i18n/messages/en/auth.json";
import zh from "@/lib/i18n/messages/zh-CN/auth.json";
import { createTranslator } from "next-intl";
import { expect, it } from "vitest";
import { signUpFieldErrors, type SignUpField } from "./sign-up-errors";

const VALID = { email: "ada@example.com", password: "a-good-password", name: "Ada" };
const CASES: Array<[string, Record<string, unknown>]> = [
  ["no email", { email: undefined }],
  ["an empty email", { email: "" }],
  ["a malformed email", { email: "ada@" }],
  ["a long email", { email: `${"a".repeat(250)}@example.com` }],
  ["no password", { password: undefined }],
  ["a short password", { password: "short" }],
  ["a long password", { password: "p".repeat(201) }],
  ["no name", { name: undefined }],
  ["a blank name", { name: "   " }],
  ["a long name", { name: "n".repeat(61) }],
  ["a NUL in the name", { name: "Ada\u0000" }],
];

it.each(CASES)("%s: the form says in English what the schema says, and says it in Chinese too", (_, change) => {
  const parsed = RegisterSchema.safeParse({ ...VALID, ...change });
  expect(parsed.success).toBe(false);
  if (parsed.success) return;
  const keys = signUpFieldErrors(parsed.error);
  const field = Object.keys(change)[0] as SignUpField;
  const schemaSays = parsed.error.issues.find((i) => i.path[0] === field)?.message;
  const inEnglish = createTranslator({ locale: "en", messages: { auth: en }, namespace: "auth.fieldErrors" });
  const inChinese = createTranslator({ locale: "zh-CN", messages: { auth: zh }, namespace: "auth.fieldErrors" });
  expect(inEnglish(keys[field]!)).toBe(schemaSays);
  expect(inChinese(keys[field]!)).toMatch(/\p{Script=Han}/u);
});
