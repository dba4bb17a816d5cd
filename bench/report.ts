// The run's report: bench/results/latest.json (everything measured) and latest.md
// (tables per scenario group, the targets of issue 15 as ratios within the run with PASS/FAIL,
// and the checks kept from earlier issues).
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { COURSE_SLUG, MAIN_ARTICLE_SLUG } from "./config";
import type { LoadResult } from "./lib/load";
import type { WalineResults } from "./peer-waline";
import type { BodiesResult } from "./scenarios/bodies";
import type { DbLikeResults } from "./scenarios/db-likes";
import type { LikeStormResult } from "./scenarios/likes";
import type { LiveResult } from "./scenarios/live";
import type { NginxResults } from "./scenarios/nginx";
import type { CacheHeaders, ReadResults } from "./scenarios/reads";
import type { ScaleRow } from "./scenarios/scale";
import type { SimilarResults } from "./scenarios/similar";
import type { WriteResults } from "./scenarios/writes";

export type Environment = {
  node: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  postgres: string;
  database: string;
  embeddedDatabase: boolean;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  appBuiltThisRun: boolean;
  sessions: string;
  quick: boolean;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  appDatabasePoolSize: string;
};

export type Target = {
  name: string;
  measured: string;
  /** The same comparison by server CPU ms per request, where it is one (the steadier figure on a busy machine). */
  byCpu?: string;
  required: string;
  ratio: number | null;
  pass: boolean | null;
  note?: string;
};

/** The pages Lighthouse scores, as bench/scenarios/lighthouse.ts takes them: a lesson (the hot article), its course, the home page. */
export const LIGHTHOUSE_PAGES = {
  lesson: `/courses/${COURSE_SLUG}/articles/${MAIN_ARTICLE_SLUG}`,
  course: `/courses/${COURSE_SLUG}`,
  home: "/",
};
/** The slice of bench/scenarios/lighthouse.ts's result for one page (mobile preset) that the report reads. */
export type LighthousePageResult = {
  page: string;
  path: string;
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Record<"performance" | "accessibility" | "best-practices" | "seo", number | null>;
  metrics: { lcpMs: number; tbtMs: number };
  /** Every script the page loaded: bytes on the wire and after decompression. */
  javascript: { transfer: number; decoded: number };
  /** Lighthouse's measure of the host's CPU: on a busy host the performance score reflects the host too. */
  benchmarkIndex: number | null;
};
/**
 * The JavaScript an anonymous reader downloaded on the lesson page before issue 15 (the last
 * commit before it, same Lighthouse mobile run): the base of the "halve it" target.
 */
export const JAVASCRIPT_BEFORE_ISSUE_15 = { transferKiB: 200, decodedKiB: 650 };

export type BenchResults = {
  startedAt: string;
  finishedAt: string;
  totalSeconds: number;
  environment: Partial<Environment>;
  ceilings: { bare?: LoadResult; nextConstant?: LoadResult; nextConstantAfter?: LoadResult; inAppNoDb?: LoadResult };
  reads?: ReadResults;
  nginx?: NginxResults;
  lighthouse?: LighthousePageResult[];
  writes?: WriteResults;
  likes?: LikeStormResult;
  dbLikes?: DbLikeResults;
  waline?: WalineResults;
  scale?: ScaleRow[];
  similar?: SimilarResults;
  live?: LiveResult;
  bodies?: BodiesResult;
  targets: Target[];
  errors: string[];
};

const usable = (r: LoadResult | undefined): r is LoadResult => !!r && !r.skipped && r.requests > 0;
/** A run that took place, even if nothing was answered in time (a rate of 0 is a measurement). */
const ran = (r: LoadResult | undefined): r is LoadResult => !!r && !r.skipped && (r.requests > 0 || r.errors > 0);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => (n >= 10 ? fmt(n) : fmt(n, n >= 1 ? 1 : 2));
const pct = (ratio: number) => `${fmt(ratio * 100)} %`;
const times = (ratio: number) => `${fmt(ratio, ratio >= 10 ? 0 : ratio >= 1 ? 1 : 2)}×`;

function target(
  name: string,
  required: string,
  ratio: number | null,
  pass: (r: number) => boolean,
  measured: (r: number) => string,
  why?: string,
): Target {
  if (ratio === null || !Number.isFinite(ratio))
    return { name, measured: why ?? "not measured", required, ratio: null, pass: null };
  return { name, measured: measured(ratio), required, ratio: Math.round(ratio * 1000) / 1000, pass: pass(ratio) };
}

/** `a` as a share of `b` by server CPU per request: b's ms / a's ms (more is better, like req/s). */
function cpuShare(a: LoadResult | undefined, b: LoadResult | undefined, show: (r: number) => string) {
  const x = a?.serverCpuMsPerRequest;
  const y = b?.serverCpuMsPerRequest;
  return x && y ? `${fmt(y, 2)} / ${fmt(x, 2)} ms = ${show(y / x)}` : undefined;
}

/** Whether a page's caching headers let shared caches keep it (visitor) or keep it private (member), never no-store. */
export function sharedCacheable(h: CacheHeaders | null): boolean {
  const cc = h?.cacheControl?.toLowerCase() ?? "";
  const vary = h?.vary?.toLowerCase() ?? "";
  return (
    h?.status === 200 &&
    /\bpublic\b/.test(cc) &&
    /\bs-maxage=\d+/.test(cc) &&
    /\bstale-while-revalidate=\d+/.test(cc) &&
    !/no-store|private/.test(cc) &&
    vary.includes("cookie") &&
    vary.includes("accept-language")
  );
}
export function privateNotNoStore(h: CacheHeaders | null): boolean {
  const cc = h?.cacheControl?.toLowerCase() ?? "";
  return h?.status === 200 && /\bprivate\b/.test(cc) && !/no-store|public|s-maxage/.test(cc);
}

/**
 * The ceiling the ratios use: the constant Next.js route (the mean of its runs before and after
 * the app's scenarios); the app's own database-free route if that could not run.
 */
export function ceilingOf(results: BenchResults): { result: LoadResult | undefined; label: string } {
  const runs = [results.ceilings.nextConstant, results.ceilings.nextConstantAfter].filter(usable);
  const [a, b] = runs;
  if (a && b) {
    const mean = (x: number, y: number) => (x + y) / 2;
    const combined: LoadResult = {
      ...a,
      name: "Next.js constant route (mean of 2 runs)",
      rps: mean(a.rps, b.rps),
      p50: mean(a.p50, b.p50),
      p99: mean(a.p99, b.p99),
      requests: a.requests + b.requests,
      errors: a.errors + b.errors,
    };
    if (a.serverCpuMsPerRequest !== undefined && b.serverCpuMsPerRequest !== undefined) {
      combined.serverCpuMsPerRequest = mean(a.serverCpuMsPerRequest, b.serverCpuMsPerRequest);
    }
    return { result: combined, label: "the Next.js constant route (mean of its 2 runs)" };
  }
  if (a) return { result: a, label: "the Next.js constant route" };
  return {
    result: usable(results.ceilings.inAppNoDb) ? results.ceilings.inAppNoDb : undefined,
    label: "the app's database-free route (the constant-route app did not run)",
  };
}

/** Issue 16: grouping and suggestion quality on the labelled set, and their speed. */
function similarTargets(s: SimilarResults | undefined): Target[] {
  const share = (r: number) => fmt(r, 3);
  const http = s?.http;
  return [
    target(
      "16.1 Grouping: pairwise F1 against the labels",
      "≥ 0.85",
      s ? s.clustering.f1 : null,
      (x) => x >= 0.85,
      (x) =>
        `F1 ${share(x)} (precision ${share(s!.clustering.precision)}, recall ${share(s!.clustering.recall)}; ${s!.clustering.items} questions and remarks in ${s!.clustering.clusters} groups)`,
    ),
    target(
      "16.2 Suggestions: top-1 accuracy on held-out paraphrases",
      "≥ 0.85",
      s ? s.suggestions.top1 : null,
      (x) => x >= 0.85,
      (x) => `${share(x)} of ${s!.suggestions.heldOut} (${s!.suggestions.misses} missed or wrong)`,
    ),
    target(
      "16.3 Unrelated text or remarks that get a suggestion",
      "≤ 1 in 20",
      s ? s.suggestions.unrelatedSuggested : null,
      (x) => x <= 0.05,
      (x) => `${s!.suggestions.falseSuggestions} of ${s!.suggestions.unrelated} = ${pct(x)}`,
    ),
    {
      ...target(
        `16.4 Suggestions p99 at 50 connections, ${s ? fmt(s.answered) : "100,000"} answered questions in the course`,
        "< 50 ms",
        usable(http) ? http.p99 : null,
        (x) => x < 50,
        (x) => `${ms(x)} ms (${fmt(http!.rps)} req/s, p50 ${ms(http!.p50)} ms)`,
      ),
      byCpu: http?.serverCpuMsPerRequest === undefined ? undefined : `${fmt(http.serverCpuMsPerRequest, 2)} ms/req`,
    },
    target(
      "16.5 Grouping 500 pending comments",
      "< 1 s",
      s ? s.cluster500Ms : null,
      (x) => x < 1000,
      (x) => `${ms(x)} ms`,
    ),
  ];
}

export function computeTargets(results: BenchResults): Target[] {
  const { result: ceiling, label } = ceilingOf(results);
  const storm = results.likes?.storm;
  const list = results.reads?.first;
  const page = results.reads?.page;
  const waline = results.waline;
  const ratio = (a: LoadResult | undefined, b: LoadResult | undefined) => (ran(a) && usable(b) ? a.rps / b.rps : null);
  const walineWhy = waline?.error ? "Waline did not run" : undefined;
  const out: Target[] = [];
  /** `r` as a share (or multiple) of the constant route, by req/s and by server CPU per request. */
  const ofCeiling = (name: string, r: LoadResult | undefined, min: number) => {
    const show = min >= 2 ? times : pct;
    out.push({
      ...target(
        name,
        min >= 2 ? `≥ ${min}× ${label}` : `≥ ${pct(min)} of ${label}`,
        ratio(r, ceiling),
        (x) => x >= min,
        (x) => `${fmt(r!.rps)} / ${fmt(ceiling!.rps)} req/s = ${show(x)}`,
      ),
      byCpu: cpuShare(r, ceiling, show),
    });
  };
  /** p99 under 100 ms, beside the scenario's own server CPU per request. */
  const p99Under = (name: string, r: LoadResult | undefined) =>
    out.push({
      ...(ran(r) && r.requests === 0
        ? {
            name,
            measured: `nothing answered in time (${fmt(r.errors)} errors)`,
            required: "< 100 ms",
            ratio: null,
            pass: false,
          }
        : target(
            name,
            "< 100 ms",
            usable(r) ? r.p99 : null,
            (x) => x < 100,
            (x) => `${ms(x)} ms`,
          )),
      byCpu: r?.serverCpuMsPerRequest === undefined ? undefined : `${fmt(r.serverCpuMsPerRequest, 2)} ms/req`,
    });

  // Issue 15.
  ofCeiling("15.1 Anonymous article page ≥ 100 % of the constant route (app server alone)", page, 1);
  p99Under("15.1 Anonymous article page p99 < 100 ms at 50 connections", page);
  const nginx = results.nginx;
  ofCeiling("15.2 Anonymous article page through deploy/nginx.conf ≥ 5× the constant route", nginx?.page, 5);
  ofCeiling("15.2 Anonymous featured list through deploy/nginx.conf ≥ 5× the constant route", nginx?.list, 5);
  ofCeiling("15.3 Signed-in article page ≥ 25 % of the constant route", results.reads?.pageSignedIn, 0.25);
  ofCeiling("15.4 Like storm ≥ 70 % of the constant route", storm, 0.7);
  p99Under("15.4 Like storm p99 < 100 ms at 50 connections", storm);
  const live = results.live;
  out.push({
    ...target(
      "15.5 Like/unlike storm with 2,000 live viewers ≥ 70 % of the same storm without viewers",
      "≥ 70 %",
      ratio(live?.storm, live?.baseline),
      (x) => x >= 0.7,
      (x) => `${fmt(live!.storm.rps)} / ${fmt(live!.baseline.rps)} req/s = ${pct(x)} (${fmt(live!.opened)} viewers)`,
    ),
    byCpu: cpuShare(live?.storm, live?.baseline, pct),
  });
  const post = results.writes?.comment;
  out.push(
    target(
      "15.6 Post a comment ≥ 2× Waline (req/s)",
      "≥ 2×",
      ratio(post, waline?.post),
      (x) => x >= 2,
      (x) => `${fmt(post!.rps)} / ${fmt(waline!.post.rps)} req/s = ${times(x)}`,
      walineWhy,
    ),
  );
  const walineCpu = waline?.post.serverCpuMsPerRequest;
  const postCpu = post?.serverCpuMsPerRequest;
  out.push(
    target(
      "15.6 Post a comment ≥ 2× Waline (server CPU per post: Waline's / ours)",
      "≥ 2×",
      walineCpu && postCpu ? walineCpu / postCpu : null,
      (x) => x >= 2,
      (x) => `${fmt(walineCpu!, 2)} / ${fmt(postCpu!, 2)} ms = ${times(x)}`,
      walineWhy,
    ),
  );
  out.push(...lighthouseTargets(results.lighthouse));
  const headers = results.reads?.headers;
  const showHeaders = (h: CacheHeaders | null) =>
    h ? `HTTP ${h.status}, Cache-Control: ${h.cacheControl ?? "(none)"}, Vary: ${h.vary ?? "(none)"}` : "no answer";
  out.push({
    name: "15.8 Anonymous article page cacheable by shared caches",
    measured: headers ? showHeaders(headers.anonymous) : "not measured",
    required: "public, s-maxage, stale-while-revalidate; Vary: Cookie, Accept-Language; no no-store",
    ratio: null,
    pass: headers ? sharedCacheable(headers.anonymous) : null,
  });
  out.push({
    name: "15.8 Signed-in article page private",
    measured: headers?.signedIn ? showHeaders(headers.signedIn) : "not measured",
    required: "private, not no-store (back/forward cache)",
    ratio: null,
    pass: headers?.signedIn ? privateNotNoStore(headers.signedIn) : null,
  });

  out.push(...similarTargets(results.similar));

  // Kept from earlier issues.
  const likes = results.likes;
  const db = results.dbLikes;
  if (likes && db) {
    const checks = [likes.stormCheck, likes.mixedCheck, db.naiveTx.check, db.naiveStatement.check, db.slots.check];
    const comments = checks.reduce((a, c) => a + c.comments, 0);
    const exact = checks.every((c) => c.exact) && likes.stormCheck.lostLikes === 0;
    out.push({
      name: "Exact counts (counter + unfolded deltas = like rows; no like lost)",
      measured: `${exact ? "exact" : "NOT exact"} on ${comments} hot comments; ${fmt(likes.stormCheck.answeredLikes)} storm likes answered, ${fmt(likes.stormCheck.storedLikes)} stored, ${likes.stormCheck.lostLikes} lost; unfolded deltas 1 s after the storm: ${likes.stormCheck.pendingDeltas}`,
      required: "exact",
      ratio: null,
      pass: exact,
    });
  } else {
    out.push({
      name: "Exact counts (counter + unfolded deltas = like rows; no like lost)",
      measured: "not measured",
      required: "exact",
      ratio: null,
      pass: null,
    });
  }
  ofCeiling("Featured list ≥ 70 % of the constant route", list, 0.7);
  out.push({
    ...target(
      "Featured list ≥ 10× Waline's list",
      "≥ 10×",
      ratio(list, waline?.list),
      (r) => r >= 10,
      (r) => `${fmt(list!.rps)} / ${fmt(waline!.list.rps, 1)} req/s = ${times(r)}`,
      walineWhy,
    ),
    byCpu: cpuShare(list, waline?.list, times),
  });
  out.push(
    target(
      "Featured list p99 ≤ 1/10 of Waline's",
      "≤ 0.1",
      usable(list) && usable(waline?.list) ? list.p99 / waline.list.p99 : null,
      (r) => r <= 0.1,
      (r) => `${ms(list!.p99)} / ${ms(waline!.list.p99)} ms = ${fmt(r, 3)}`,
      walineWhy,
    ),
  );
  const small = results.scale?.find((s) => s.size === 1_000);
  const large = results.scale?.find((s) => s.size === 100_000);
  out.push(
    target(
      "List p99 at 100k comments within 20 % of 1k",
      "≤ 1.2",
      small && large && usable(small.http) && usable(large.http) ? large.http.p99 / small.http.p99 : null,
      (r) => r <= 1.2,
      (r) => `${ms(large!.http.p99)} / ${ms(small!.http.p99)} ms = ${fmt(r, 2)}`,
    ),
  );
  out.push(
    target(
      "Live: every open stream ends on the exact final like count",
      "all streams",
      live && live.opened > 0 ? live.exactStreams / live.opened : null,
      (r) => r === 1,
      (r) => `${fmt(live!.exactStreams)} of ${fmt(live!.opened)} streams (${pct(r)}) show ${fmt(live!.finalCount)}`,
    ),
  );
  out.push(
    target(
      "Live: at most 4 like events per comment per second per stream (250 ms coalescing)",
      "≤ 4 /s",
      live && live.opened > 0 ? live.eventsPerSecond.max : null,
      (r) => r <= 4.05,
      (r) => `max ${fmt(r, 2)} /s, mean ${fmt(live!.eventsPerSecond.mean, 2)} /s`,
    ),
  );
  out.push(
    target(
      "Live: the final count reaches every viewer within a second of the last like",
      "p99 < 1,000 ms",
      live?.converge ? live.converge.p99 : null,
      (r) => r < 1_000,
      (r) => `p50 ${fmt(live!.converge!.p50)} ms, p99 ${fmt(r)} ms, max ${fmt(live!.converge!.max)} ms`,
    ),
  );
  const bodies = results.bodies;
  out.push(
    target(
      "RSS growth under 100 MiB chunked bodies ≤ 64 MiB",
      "≤ 64 MiB",
      bodies?.rssMiB && bodies.bodies > 0 ? bodies.rssMiB.growth : null,
      (r) => r <= 64,
      (r) =>
        `+${fmt(r)} MiB (${fmt(bodies!.rssMiB!.baseline)} → peak ${fmt(bodies!.rssMiB!.peak)} MiB) over ${bodies!.bodies} bodies of ${mib(bodies!.bodyBytes)}`,
    ),
  );
  return out;
}

const kibOf = (bytes: number) => bytes / 1024;

/** Target 7: each page's four scores, and the JavaScript an anonymous reader downloads, halved. */
function lighthouseTargets(pages: LighthousePageResult[] | undefined): Target[] {
  const required = "performance ≥ 95; accessibility, best practices, SEO = 100 (mobile)";
  const out: Target[] = Object.keys(LIGHTHOUSE_PAGES).map((name) => {
    const s = pages?.find((p) => p.page === name)?.scores;
    const all = s ? [s.performance, s.accessibility, s["best-practices"], s.seo] : [];
    return {
      name: `15.7 Lighthouse, ${name} page`,
      measured: s
        ? `performance ${s.performance ?? "—"}, accessibility ${s.accessibility ?? "—"}, best practices ${s["best-practices"] ?? "—"}, SEO ${s.seo ?? "—"}`
        : "not measured",
      required,
      ratio: null,
      pass: s ? all.every((x) => x !== null) && s.performance! >= 95 && all.slice(1).every((x) => x === 100) : null,
    };
  });
  const lesson = pages?.find((p) => p.page === "lesson");
  const before = JAVASCRIPT_BEFORE_ISSUE_15.transferKiB;
  out.push(
    target(
      "15.7 JavaScript an anonymous reader downloads on the lesson page, halved",
      `≤ ${fmt(before / 2)} KiB (half of ${fmt(before)} KiB before issue 15)`,
      lesson ? kibOf(lesson.javascript.transfer) / before : null,
      (r) => r <= 0.5,
      (r) =>
        `${fmt(kibOf(lesson!.javascript.transfer))} KiB transferred (${fmt(kibOf(lesson!.javascript.decoded))} KiB decoded) = ${pct(r)} of before`,
    ),
  );
  return out;
}

function loadTable(rows: (LoadResult | undefined)[]): string {
  const lines = [
    "| scenario | request | req/s | p50 ms | p99 ms | errors | server CPU ms/req | note |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const r of rows) {
    if (!r) continue;
    if (r.skipped) {
      lines.push(`| ${r.name} | \`${r.target}\` | — | — | — | — | — | not measured: ${oneLine(r.skipped)} |`);
      continue;
    }
    const codes = Object.entries(r.statusCodes)
      .filter(([c]) => !c.startsWith("2"))
      .map(([c, n]) => `${n}× HTTP ${c}`)
      .join(", ");
    const cpu = r.serverCpuMsPerRequest === undefined ? "—" : fmt(r.serverCpuMsPerRequest, 2);
    const failure = r.failureSample ? `first failure: \`${oneLine(r.failureSample).replace(/`/g, "'")}\`` : "";
    lines.push(
      `| ${r.name} | \`${r.target}\` | ${fmt(r.rps)} | ${ms(r.p50)} | ${ms(r.p99)} | ${fmt(r.errors)} | ${cpu} | ${[r.note, codes, failure].filter(Boolean).join("; ")} |`,
    );
  }
  return lines.join("\n");
}

const mib = (bytes: number) => (bytes < 2 ** 20 ? `${fmt(bytes / 1024)} KiB` : `${fmt(bytes / 2 ** 20, 1)} MiB`);

const oneLine = (s: string) => s.replace(/\s+/g, " ").replace(/\|/g, "\\|").slice(0, 300);

function allLoadResults(results: BenchResults): LoadResult[] {
  const list: (LoadResult | undefined)[] = [
    ...Object.values(results.ceilings),
    results.reads?.first,
    results.reads?.deep,
    results.reads?.page,
    results.reads?.pageSignedIn,
    results.nginx?.page,
    results.nginx?.list,
    ...(results.writes ? Object.values(results.writes) : []),
    results.likes?.storm,
    results.likes?.mixed,
    ...(results.waline ? [results.waline.list, results.waline.post, results.waline.like] : []),
    ...(results.scale ?? []).map((s) => s.http),
    results.similar?.http,
    results.live?.baseline,
    results.live?.storm,
  ];
  return list.filter((r): r is LoadResult => !!r && !r.skipped);
}

export function renderMarkdown(results: BenchResults): string {
  const env = results.environment;
  const out: string[] = [];
  const minutes = Math.floor(results.totalSeconds / 60);
  out.push("# Jingxuan benchmark: latest run", "");
  out.push(
    `Written by \`npm run bench\` on ${results.startedAt.replace("T", " ").slice(0, 16)} UTC; the run took ${minutes} min ${Math.round(results.totalSeconds - minutes * 60)} s.${env.quick ? " **Quick mode (BENCH_QUICK=1): short runs, figures not for publishing.**" : ""}`,
    "",
  );
  out.push(
    `Machine: ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB, Node ${env.node}, PostgreSQL ${env.postgres} on 127.0.0.1 (${env.embeddedDatabase ? "embedded" : "local server"}), database \`${env.database}\` (dropped after the run). ` +
      `Load average at start ${env.loadAverageAtStart?.map((n) => n.toFixed(2)).join(" / ")}, at end ${env.loadAverageAtEnd?.map((n) => n.toFixed(2)).join(" / ")} (other processes on the machine share its cores).`,
    "",
  );
  out.push(
    `Every HTTP scenario: autocannon in the bench process on the same cores, ${env.connections} connections, ${env.warmupSeconds} s warm-up (discarded) then ${env.durationSeconds} s measured; the app is the production build (\`scripts/serve.ts start\`, RATE_LIMIT=off, DATABASE_POOL_SIZE ${env.appDatabasePoolSize}); sessions ${env.sessions}. p50/p99 are response latencies in ms; errors are socket errors, timeouts, non-2xx answers and 2xx answers whose body reports a failure; server CPU ms/req is the CPU time of the server's processes (user + system, from /proc) divided by the requests answered, which other load on the machine disturbs far less than req/s.`,
    "",
  );
  const loads = allLoadResults(results)
    .map((r) => r.loadAverage)
    .filter((n): n is number => n !== undefined);
  if (loads.length) {
    const busy = Math.max(...loads) > (env.cpus ?? 2);
    out.push(
      `1-minute load average at the end of each measured run: ${fmt(Math.min(...loads), 1)} to ${fmt(Math.max(...loads), 1)} on ${env.cpus} cores.` +
        (busy
          ? " **The machine was busy with other work during this run: req/s and latencies are lower than on an idle machine; the server CPU ms/req column is the steadier figure.**"
          : ""),
      "",
    );
  }
  if (results.errors.length) {
    out.push("## Errors in this run", "", ...results.errors.map((e) => `- ${oneLine(e)}`), "");
  }

  const targetRows = (targets: Target[]) => [
    "| target | measured | by server CPU ms/req | required | result |",
    "| --- | --- | --- | --- | --- |",
    ...targets.map(
      (t) =>
        `| ${t.name} | ${oneLine(t.measured)} | ${t.byCpu ?? "—"} | ${t.required} | ${t.pass === null ? "NOT MEASURED" : t.pass ? "PASS" : "FAIL"} |`,
    ),
  ];
  const isIssue15 = (t: Target) => t.name.startsWith("15.");
  const isIssue16 = (t: Target) => t.name.startsWith("16.");
  out.push(
    "## Targets of issue 16: answers before you ask",
    "",
    ...targetRows(results.targets.filter(isIssue16)),
    "",
    `Quality is measured on bench/data/similar-questions.json: grouping clusters every labelled question and remark; suggestions index the groups' questions as answered ones and ask with the held-out paraphrases (top-1 right when the first suggestion is of the same group; no suggestion counts as wrong), the unrelated texts and the remarks (any suggestion counts against). Speed: ${results.similar ? fmt(results.similar.answered) : "100,000"} answered questions seeded in one course, suggestions asked over HTTP with those texts in turn; grouping timed on stored terms.`,
    "",
  );
  out.push(
    "## Targets of issue 15 (ratios within this run)",
    "",
    ...targetRows(results.targets.filter(isIssue15)),
    "",
    "Ratios of req/s compare runs made minutes apart on a shared machine; the server CPU column compares the CPU each request cost (the constant route's ms / the scenario's ms, or Waline's / ours), which other load disturbs far less. " +
      "Cache headers (15.8) are read by the bench from one visitor's and one member's request of the article page; the tests check that nothing private reaches a shared cache.",
    "",
    "## Checks kept from earlier issues",
    "",
    ...targetRows(results.targets.filter((t) => !isIssue15(t) && !isIssue16(t))),
    "",
  );

  out.push(
    "## Ceilings of this machine",
    "",
    loadTable([
      results.ceilings.bare,
      results.ceilings.nextConstant,
      results.ceilings.nextConstantAfter,
      results.ceilings.inAppNoDb,
    ]),
    "",
  );
  out.push(
    "The Next.js ceiling is a one-route Next.js app built with the project's own `next` (in the ignored `bench/.peer/next-ceiling`), whose handler returns `{ok:true}`; it is measured before and after the app's scenarios, and the ratios use the mean of the two. " +
      "The app's own cheapest route without a database query (`/api/auth/providers`) is shown for context: it carries the app's config and next-auth's work.",
    "",
  );

  out.push("## Jingxuan through HTTP", "");
  out.push(
    loadTable([
      results.likes?.storm,
      results.likes?.mixed,
      results.reads?.first,
      results.reads?.deep,
      results.reads?.page,
      results.reads?.pageSignedIn,
      results.writes?.comment,
      results.writes?.reply,
    ]),
    "",
  );

  const nginx = results.nginx;
  if (nginx) {
    out.push("## Through nginx (the shipped deploy/nginx.conf, its micro-cache on)", "");
    out.push(loadTable([nginx.page, nginx.list]), "");
    out.push(
      "nginx runs `deploy/nginx.conf` as shipped but for its addresses (upstream: the bench's one app server; logs, cache and temporary files in a folder of the run), on the same cores. Server CPU counts nginx's processes and the app's. The note counts nginx's cache status (`X-Proxy-Cache`) over the measured run: HIT and STALE are answered by nginx alone.",
      "",
    );
  }

  const lh = results.lighthouse;
  if (lh?.length) {
    out.push("## Lighthouse (mobile preset), as an anonymous reader", "");
    out.push(
      "| page | performance | accessibility | best practices | SEO | LCP | TBT | JavaScript transferred | decoded | host's benchmark index |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const p of lh) {
      const sc = p.scores;
      out.push(
        `| ${p.page} (\`${p.path}\`) | ${sc.performance ?? "—"} | ${sc.accessibility ?? "—"} | ${sc["best-practices"] ?? "—"} | ${sc.seo ?? "—"} | ${fmt(p.metrics.lcpMs / 1000, 1)} s | ${fmt(p.metrics.tbtMs)} ms | ${fmt(kibOf(p.javascript.transfer))} KiB | ${fmt(kibOf(p.javascript.decoded))} KiB | ${p.benchmarkIndex === null ? "—" : fmt(p.benchmarkIndex)} |`,
      );
    }
    out.push(
      "",
      `Before issue 15 the lesson page downloaded ${JAVASCRIPT_BEFORE_ISSUE_15.transferKiB} KiB of JavaScript (${JAVASCRIPT_BEFORE_ISSUE_15.decodedKiB} KiB decoded). The mobile preset slows the CPU 4×: on a busy host (a benchmark index far below a desktop's 1,000–2,000) blocking time and the performance score reflect the host as much as the page.`,
      "",
    );
  }

  const likes = results.likes;
  if (likes) {
    const s = likes.stormCheck;
    const m = likes.mixedCheck;
    out.push("### Like counts after each storm (read 1 s after the load stopped)", "");
    out.push(
      "| check | hot comments | like_count | unfolded deltas | like rows | counter + deltas = rows |",
      "| --- | ---: | ---: | ---: | ---: | --- |",
    );
    out.push(
      `| like storm (${s.wavesStarted} wave${s.wavesStarted === 1 ? "" : "s"} of up to 1,000 users) | ${s.comments} | ${fmt(s.counter)} | ${s.pendingDeltas} | ${fmt(s.rows)} | ${s.exact ? "yes" : `NO (${s.mismatched} differ)`} |`,
    );
    out.push(
      `| like/unlike mix | ${m.comments} | ${fmt(m.counter)} | ${m.pendingDeltas} | ${fmt(m.rows)} | ${m.exact ? "yes" : `NO (${m.mismatched} differ)`} |`,
    );
    out.push(
      "",
      `Storm likes answered \`{"liked":true}\`: ${fmt(s.answeredLikes)}; like rows stored: ${fmt(s.storedLikes)}; lost: ${s.lostLikes}.`,
      "",
    );
  }

  const db = results.dbLikes;
  if (db) {
    out.push(
      `## Like designs at the database (${db.slots.clients} clients, ${db.slots.seconds} s each, a new like row per transaction on one hot comment)`,
      "",
    );
    out.push(
      "| design | tx/s | p50 ms | p99 ms | errors | counter = rows |",
      "| --- | ---: | ---: | ---: | ---: | --- |",
    );
    for (const d of [db.naiveTx, db.naiveStatement, db.slots])
      out.push(
        `| ${d.name} | ${fmt(d.tps)} | ${ms(d.p50)} | ${ms(d.p99)} | ${d.errors} | ${d.check.exact ? "yes" : "NO"} |`,
      );
    out.push(
      "",
      `The project's statement does ${times(db.slots.tps / Math.max(db.naiveTx.tps, 1e-9))} the naive transaction's rate and ${times(db.slots.tps / Math.max(db.naiveStatement.tps, 1e-9))} the naive single statement's.`,
      "",
    );
  }

  const w = results.waline;
  if (w) {
    out.push(`## The peer: Waline ${w.version} on the same PostgreSQL, same 1,000 comments`, "");
    if (w.error) out.push(`**Waline could not be measured in this run.** Error: \`${oneLine(w.error)}\``, "");
    out.push(loadTable([w.list, w.post, w.like]), "");
    if (w.likes) {
      out.push(
        `Waline likes: ${fmt(w.likes.answered)} answered as successes, the stored counter rose by ${fmt(w.likes.stored)}: **${fmt(w.likes.lost)} lost (${fmt(w.likes.lostPercent, 1)} %)** — its like reads the count, adds one in Node, and writes it back.`,
        "",
      );
    }
  }

  if (results.scale?.length) {
    out.push("## Scale check: first page of the featured list", "");
    out.push(
      "| comments on the article | req/s | p50 ms | p99 ms | errors | server CPU ms/req | SQL p50 ms (cache miss) | SQL p99 ms | plan |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    );
    for (const s of results.scale) {
      const cpu = s.http.serverCpuMsPerRequest === undefined ? "—" : fmt(s.http.serverCpuMsPerRequest, 2);
      out.push(
        `| ${fmt(s.size)} | ${fmt(s.http.rps)} | ${ms(s.http.p50)} | ${ms(s.http.p99)} | ${s.http.errors} | ${cpu} | ${ms(s.sqlP50)} | ${ms(s.sqlP99)} | ${s.plan} |`,
      );
    }
    out.push(
      "",
      "HTTP figures are what visitors get (the shared cache serves most of them); the SQL columns time the first-page query alone, 300 times in a row on one connection: what a cache miss costs.",
      "",
    );
  }

  const live = results.live;
  if (live) {
    out.push(`## Live fan-out: ${fmt(live.opened)} viewers on the hot article during a like storm`, "");
    out.push(loadTable([live.baseline, live.storm]), "");
    out.push(
      "| open streams | server memory before → after | per stream | like events per stream | final count on every stream | last like → final count on a stream | dropped streams |",
      "| ---: | --- | ---: | --- | --- | --- | ---: |",
      `| ${fmt(live.opened)} of ${fmt(live.streams)} | ${live.rssMiBBefore === null ? "—" : `${fmt(live.rssMiBBefore)} → ${fmt(live.rssMiBAfter ?? 0)} MiB`} | ${live.kibPerStream === null ? "—" : `${fmt(live.kibPerStream)} KiB`} | ${fmt(live.eventsPerSecond.mean, 2)} /s (max ${fmt(live.eventsPerSecond.max, 2)}) | ${live.exactStreams === live.opened ? "yes" : `NO (${fmt(live.opened - live.exactStreams)} differ)`} (${fmt(live.finalCount)}) | ${live.converge ? `p50 ${fmt(live.converge.p50)} ms, p99 ${fmt(live.converge.p99)} ms, max ${fmt(live.converge.max)} ms` : "—"} | ${live.dropped} |`,
      "",
      "The streams are plain HTTP connections from the bench process (one app server, no Redis: the in-process bus). Likes are folded four times a second and each comment's count goes out at most once per 250 ms, so a viewer gets at most 4 events per second however many people like it.",
      "",
    );
  }
  const bodies = results.bodies;
  if (bodies) {
    const rss = bodies.rssMiB;
    out.push("## Oversized bodies: memory stays flat", "");
    out.push(
      `${fmt(bodies.bodies)} POSTs of ${mib(bodies.bodyBytes)} each in ${fmt(bodies.seconds, 1)} s, ${bodies.senders} at a time, chunked (no Content-Length) in 64 KiB chunks; each sender stops writing once the answer arrives or the connection ends. Server memory is its process group's RSS, sampled every 250 ms; "after" is 2 s after the last body.`,
      "",
      "| server memory before | peak | peak − before | after |",
      "| ---: | ---: | ---: | ---: |",
      rss
        ? `| ${fmt(rss.baseline)} MiB | ${fmt(rss.peak)} MiB | +${fmt(rss.growth)} MiB | ${fmt(rss.after)} MiB |`
        : "| — | — | — | — |",
      "",
      "| request | bodies | answers (or what ended the connection instead) | body sent when answered or cut off (median) | time to that (median) |",
      "| --- | ---: | --- | ---: | ---: |",
    );
    for (const r of bodies.routes) {
      const outcomes = Object.entries(r.outcomes)
        .map(([o, n]) => `${n}× ${/^\d+$/.test(o) ? `HTTP ${o}` : o}`)
        .join(", ");
      out.push(
        `| \`${r.target}\` | ${r.bodies} | ${outcomes || "—"} | ${r.medianBytesWritten === null ? "—" : mib(r.medianBytesWritten)} | ${r.medianMs === null ? "—" : `${fmt(r.medianMs)} ms`} |`,
      );
    }
    out.push(
      "",
      "A server that stops reading at its limit (64 KiB for JSON) answers 413 when the client has sent little more than that limit and what the connection's buffers hold, and stays near its baseline; one that reads whole bodies before checking them answers after the full body and grows by about a body per request in flight. The senders ask for keep-alive, as browsers do: a server that closes the connection while a body is still arriving resets it, which can drop its answer (then the socket error shows instead).",
      "",
    );
  }
  return out.join("\n");
}

/** Formats with the project's Prettier settings (so `npm run format` leaves the report alone); as is if that fails. */
async function pretty(text: string, file: string): Promise<string> {
  try {
    const prettier = await import("prettier");
    const options = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(text, { ...options, plugins: [], filepath: file });
  } catch {
    return text;
  }
}

export async function writeReport(results: BenchResults, dir = path.resolve("bench/results")) {
  mkdirSync(dir, { recursive: true });
  const write = async (file: string, text: string) => {
    const target = path.join(dir, file);
    const tmp = `${target}.tmp`;
    writeFileSync(tmp, await pretty(text, target));
    renameSync(tmp, target);
  };
  await write("latest.json", JSON.stringify(results, null, 2) + "\n");
  await write("latest.md", renderMarkdown(results) + "\n");
}
