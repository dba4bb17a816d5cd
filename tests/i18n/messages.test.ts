import { LOCALES } from "@/lib/i18n/config";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const DIR = path.resolve("lib/i18n/messages");
const keys = (value: unknown, prefix = ""): string[] =>
  typeof value === "object" && value !== null
    ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
    : [prefix.slice(0, -1)];
const load = (locale: string) =>
  Object.fromEntries(
    readdirSync(path.join(DIR, locale)).map((f) => [f, JSON.parse(readFileSync(path.join(DIR, locale, f), "utf8"))]),
  );

it("every locale has every message of every other locale", () => {
  const [first, ...rest] = LOCALES.map((l) => keys(load(l)).sort());
  for (const other of rest) expect(other).toEqual(first);
});
