// Totals from the runners' JSON reports for npm test's closing line (scripts/test.ts): passed,
// failed and skipped tests, the failed and skipped ones named, each skipped one with its reason.
import path from "node:path";

/** Failed and skipped tests are named ("file › test", a skipped one with its reason). */
export type Tally = { passed: number; failed: string[]; skipped: string[] };

const NO_REASON = "no reason given";

type VitestTest = { status: string; fullName: string; meta?: { skipReason?: string } };
export type VitestReport = {
  testResults?: { name: string; status?: string; message?: string; assertionResults: VitestTest[] }[];
};

export function vitestTally(report: VitestReport): Tally {
  const files = report.testResults ?? [];
  const tests = files.flatMap((file) =>
    file.assertionResults.map((test) => ({ ...test, file: path.relative(process.cwd(), file.name) })),
  );
  // A file that failed with no failed test in it (it did not load, or a hook threw) is a failure too.
  const brokenFiles = files.filter(
    (f) => f.status === "failed" && !f.assertionResults.some((t) => t.status === "failed"),
  );
  return {
    passed: tests.filter((t) => t.status === "passed").length,
    failed: [
      ...tests.filter((t) => t.status === "failed").map((t) => `${t.file} › ${t.fullName}`),
      ...brokenFiles.map(
        (f) =>
          `${path.relative(process.cwd(), f.name)}: ${f.message?.replace(/\s+/g, " ").slice(0, 200) || "the file failed"}`,
      ),
    ],
    // A skip's reason comes from tests/support/skip.ts (meta.skipReason); todo tests are skipped too.
    skipped: tests
      .filter((t) => t.status === "skipped" || t.status === "todo")
      .map((t) => `${t.file} › ${t.fullName}: ${t.meta?.skipReason ?? NO_REASON}`),
  };
}

type PlaywrightTest = { status: string; annotations?: { type: string; description?: string }[] };
type PlaywrightSpec = { file: string; title: string; ok: boolean; tests: PlaywrightTest[] };
type PlaywrightSuite = { file: string; specs?: PlaywrightSpec[]; suites?: PlaywrightSuite[] };
export type PlaywrightReport = { suites?: PlaywrightSuite[] };

/** Why Playwright skipped a test: its test.skip/fixme description, else a guess at the cause. */
function skipReason(spec: PlaywrightSpec) {
  const note = spec.tests.flatMap((t) => t.annotations ?? []).find((a) => a.type === "skip" || a.type === "fixme");
  if (note) return note.description || `${note.type} (${NO_REASON})`;
  return `${NO_REASON}: not run (a test before it in a serial group failed, or the run stopped)`;
}

export function playwrightTally(report: PlaywrightReport): Tally {
  const specs = (suite: PlaywrightSuite): PlaywrightSpec[] => [
    ...(suite.specs ?? []),
    ...(suite.suites ?? []).flatMap(specs),
  ];
  const all = (report.suites ?? []).flatMap(specs);
  const isSkipped = (s: PlaywrightSpec) => s.ok && s.tests.every((t) => t.status === "skipped");
  return {
    // A test that passed on retry counts as passed ("flaky"); a test not run counts as skipped.
    passed: all.filter((s) => s.tests.every((t) => t.status === "expected" || t.status === "flaky")).length,
    failed: all.filter((s) => !s.ok).map((s) => `e2e/${s.file} › ${s.title}`),
    skipped: all.filter(isSkipped).map((s) => `e2e/${s.file} › ${s.title}: ${skipReason(s)}`),
  };
}
