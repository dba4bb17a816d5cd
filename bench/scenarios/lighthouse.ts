// Lighthouse on the pages a reader lands on, as an anonymous visitor (a fresh browser profile):
// the four category scores, the JavaScript the page downloads and the audits that cost points.
// Runs the lighthouse CLI (one Chromium per run) against a running production server.
//
// Standalone: npx tsx bench/scenarios/lighthouse.ts <baseUrl> [lessonPath] [coursePath] [homePath]
//   [--desktop] [--runs=N] [--save=dir]
import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export type FormFactor = "mobile" | "desktop";

export const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
export type Category = (typeof CATEGORIES)[number];

/** A failed or not-applicable audit, with the share of its category's score it cost. */
export type LostPoints = { category: Category; id: string; title: string; cost: number; value?: string };

export type ScriptBytes = { url: string; transfer: number; decoded: number };

export type LighthouseResult = {
  page: string;
  path: string;
  formFactor: FormFactor;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<Category, number | null>;
  metrics: { fcpMs: number; lcpMs: number; tbtMs: number; cls: number; speedIndexMs: number };
  /** Every script the page loaded (same origin or not), bytes on the wire and after decompression. */
  javascript: { transfer: number; decoded: number; scripts: ScriptBytes[] };
  /** Largest first; empty when every category scored 100. */
  lostPoints: LostPoints[];
  /**
   * Lighthouse's measure of this host's CPU (higher is faster; a typical desktop scores
   * 1,000–2,000). The mobile preset slows the CPU 4×: on a busy or slow host, blocking time and
   * the performance score reflect the host as much as the page.
   */
  benchmarkIndex: number | null;
  warnings: string[];
};

export type LighthouseOptions = {
  /** Mobile (Lighthouse's default, throttled) always; desktop too when asked. */
  formFactors?: FormFactor[];
  chromePath?: string;
  /** Runs per page and form factor; the one with the median performance score is kept. */
  runs?: number;
  timeoutMs?: number;
  /** Where to write each run's full Lighthouse JSON (`<page>-<formFactor>-<run>.json`). */
  saveDir?: string;
};

export type LighthousePages = { lesson: string; course: string; home: string };

export const CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage";

// The slice of Lighthouse's JSON result (LHR) read here.
type Lhr = {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      displayValue?: string;
      numericValue?: number;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
  runWarnings?: string[];
  environment?: { benchmarkIndex?: number };
  runtimeError?: { code: string; message: string };
};

type Settings = Required<Omit<LighthouseOptions, "saveDir">> & Pick<LighthouseOptions, "saveDir">;

function runCli(url: string, formFactor: FormFactor, options: Settings): Promise<{ lhr: Lhr; json: string }> {
  const cli = createRequire(import.meta.url).resolve("lighthouse/cli/index.js");
  const args = [
    cli,
    url,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    `--only-categories=${CATEGORIES.join(",")}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(formFactor === "desktop" ? ["--preset=desktop"] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: options.chromePath },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err = (err + chunk).slice(-2000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${err.trim()}`));
      try {
        const lhr = JSON.parse(out) as Lhr;
        if (lhr.runtimeError) reject(new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`));
        else resolve({ lhr, json: out });
      } catch (parseError) {
        reject(parseError);
      }
    });
  });
}

const percent = (score: number | null | undefined) => (score == null ? null : Math.round(score * 100));

function scriptsOf(lhr: Lhr): ScriptBytes[] {
  const items = lhr.audits["network-requests"]?.details?.items ?? [];
  return items
    .filter((item) => item.resourceType === "Script")
    .map((item) => ({
      url: String(item.url),
      transfer: Number(item.transferSize ?? 0),
      decoded: Number(item.resourceSize ?? 0),
    }))
    .sort((a, b) => b.transfer - a.transfer);
}

/** Each audit's cost is its weight's share of the category times what it missed. */
function lostPointsOf(lhr: Lhr): LostPoints[] {
  const lost: LostPoints[] = [];
  for (const category of CATEGORIES) {
    const refs = lhr.categories[category]?.auditRefs ?? [];
    const total = refs.reduce((sum, ref) => sum + ref.weight, 0);
    for (const ref of refs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      lost.push({
        category,
        id: ref.id,
        title: audit.title,
        cost: Math.round(((ref.weight * (1 - audit.score)) / total) * 1000) / 10,
        value: audit.displayValue,
      });
    }
  }
  return lost.sort((a, b) => b.cost - a.cost);
}

function resultOf(page: string, path: string, formFactor: FormFactor, lhr: Lhr): LighthouseResult {
  const scripts = scriptsOf(lhr);
  const metric = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? Number.NaN);
  return {
    page,
    path,
    formFactor,
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, percent(lhr.categories[c]?.score)])) as Record<
      Category,
      number | null
    >,
    metrics: {
      fcpMs: metric("first-contentful-paint"),
      lcpMs: metric("largest-contentful-paint"),
      tbtMs: metric("total-blocking-time"),
      cls: Math.round((lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN) * 1000) / 1000,
      speedIndexMs: metric("speed-index"),
    },
    javascript: {
      transfer: scripts.reduce((sum, s) => sum + s.transfer, 0),
      decoded: scripts.reduce((sum, s) => sum + s.decoded, 0),
      scripts,
    },
    lostPoints: lostPointsOf(lhr),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Lighthouse on each page (path relative to baseUrl), one run after another: runs in parallel
 * would share the CPU and throttle each other. Rejects when a run fails.
 */
export async function runLighthouse(
  baseUrl: string,
  pages: LighthousePages,
  options: LighthouseOptions = {},
): Promise<LighthouseResult[]> {
  const settings: Settings = {
    formFactors: options.formFactors ?? ["mobile"],
    chromePath: options.chromePath ?? process.env.CHROME_PATH ?? "/usr/bin/chromium",
    runs: Math.max(1, options.runs ?? 1),
    timeoutMs: options.timeoutMs ?? 180_000,
    saveDir: options.saveDir,
  };
  if (settings.saveDir) await mkdir(settings.saveDir, { recursive: true });
  const results: LighthouseResult[] = [];
  for (const [page, path] of Object.entries(pages)) {
    const url = new URL(path, baseUrl).href;
    for (const formFactor of settings.formFactors) {
      const runs: LighthouseResult[] = [];
      for (let i = 0; i < settings.runs; i++) {
        const { lhr, json } = await runCli(url, formFactor, settings);
        if (settings.saveDir) await writeFile(join(settings.saveDir, `${page}-${formFactor}-${i + 1}.json`), json);
        runs.push(resultOf(page, path, formFactor, lhr));
      }
      runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      results.push(runs[Math.floor(runs.length / 2)]!);
    }
  }
  return results;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A markdown table of the scores and JavaScript bytes, one row per page and form factor. */
export function lighthouseTable(results: LighthouseResult[]): string {
  const rows = results.map((r) =>
    [
      `${r.page} (\`${r.path}\`)`,
      r.formFactor,
      ...CATEGORIES.map((c) => r.scores[c] ?? "–"),
      `${(r.metrics.lcpMs / 1000).toFixed(1)} s`,
      `${r.metrics.tbtMs} ms`,
      kib(r.javascript.transfer),
      kib(r.javascript.decoded),
    ].join(" | "),
  );
  return [
    "| page | preset | performance | accessibility | best practices | SEO | LCP | TBT | JS transferred | JS decoded |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map((row) => `| ${row} |`),
  ].join("\n");
}

async function main(argv: string[]) {
  const flags = argv.filter((a) => a.startsWith("--"));
  const [baseUrl, lesson, course, home] = argv.filter((a) => !a.startsWith("--"));
  if (!baseUrl) {
    console.error(
      "usage: tsx bench/scenarios/lighthouse.ts <baseUrl> [lessonPath] [coursePath] [homePath] [--desktop] [--runs=N] [--save=dir]",
    );
    process.exit(2);
  }
  const pages: LighthousePages = {
    lesson: lesson ?? "/courses/high-concurrency/articles/why-systems-fall-over",
    course: course ?? "/courses/high-concurrency",
    home: home ?? "/",
  };
  const flag = (name: string) => flags.find((f) => f.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(flag("runs") ?? 1);
  const results = await runLighthouse(baseUrl, pages, {
    formFactors: flags.includes("--desktop") ? ["mobile", "desktop"] : ["mobile"],
    runs,
    saveDir: flag("save"),
  });
  console.log(lighthouseTable(results));
  console.log(`\nLighthouse benchmark index of this host: ${results.map((r) => r.benchmarkIndex).join(", ")}`);
  for (const r of results) {
    console.log(`\n${r.page} ${r.formFactor}: scripts`);
    for (const s of r.javascript.scripts)
      console.log(`  ${kib(s.transfer).padStart(10)} ${kib(s.decoded).padStart(10)}  ${s.url}`);
    for (const l of r.lostPoints.slice(0, 8))
      console.log(`  -${l.cost} ${l.category}: ${l.title}${l.value ? ` (${l.value})` : ""}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
