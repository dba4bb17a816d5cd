import { AUDIT_ACTIONS } from "@/lib/admin/audit-schema";
import { ESSAY_ACTION_FROM } from "@/lib/essays/policy";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The audit log's action filter lists AUDIT_ACTIONS: every action a writer records must be
// in it (or it could not be filtered), and each needs a name in both languages.

function sources(dir = "lib"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : sources(full);
    return e.name.endsWith(".ts") && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("audit actions", () => {
  it("lists every action the code records", () => {
    // Each `action:` property's expression, up to the end of its line (ternaries included).
    const written = sources().flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/action:\s*([^\n]*(?:\n\s+[^\n]*\?[^\n]*)?)/g)].flatMap((m) =>
        [...m[1]!.matchAll(/"([a-z]+\.[a-z_]+)"/g)].map((l) => l[1]!),
      ),
    );
    // Essays record `essay.<action>` for every action but editing (lib/essays/mutations.ts).
    const essays = Object.keys(ESSAY_ACTION_FROM)
      .filter((a) => a !== "edit")
      .map((a) => `essay.${a}`);
    expect(written).toEqual(expect.arrayContaining(["chapter.rename", "lesson.schedule", "user.suspend"]));
    const missing = [...written, ...essays].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a));
    expect([...new Set(missing)]).toEqual([]);
  });

  it("names every action in both languages", () => {
    for (const locale of ["en", "zh-CN"]) {
      const names = JSON.parse(readFileSync(`lib/i18n/messages/${locale}/audit.json`, "utf8")).actions;
      const unnamed = AUDIT_ACTIONS.filter((a) => {
        const [area, verb] = a.split(".");
        return typeof names[area!]?.[verb!] !== "string";
      });
      expect(unnamed, locale).toEqual([]);
    }
  });
});
