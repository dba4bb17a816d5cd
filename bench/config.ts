// Sizes and timings of `npm run bench`. BENCH_QUICK=1 shortens every run (for trying
// the suite out; its figures are not the ones to publish).
const quick = process.env.BENCH_QUICK === "1";

export const CONFIG = {
  quick,
  /** Concurrent HTTP connections of every HTTP scenario. */
  connections: 50,
  /** Seconds measured per HTTP scenario, after `warmupSeconds` that are thrown away. */
  durationSeconds: quick ? 3 : 10,
  warmupSeconds: quick ? 1 : 3,
  /** The scale check: seconds per size. */
  scaleSeconds: quick ? 2 : 6,
  /** Database-level like designs: clients and seconds per design. */
  dbClients: 32,
  dbSeconds: quick ? 3 : 10,
  /** Every autocannon run also stops after this many requests (a bound on count, not only time). */
  maxRequestsPerRun: 400_000,

  users: 1_000,
  mainComments: 1_000,
  mainLikes: 100_000,
  /** Featured comments of the main article that start with no like: the like storm's hot comments, one per wave of 1,000 users. */
  stormComments: 60,
  /** Users that exist only for the database-level like comparison (distinct like rows on one hot comment). */
  dbLoadUsers: 100_000,
  scaleSizes: [1_000, 10_000, 100_000] as const,
  /** Answered questions in the similarity bench's course (issue 16: 100,000). */
  similarAnswered: quick ? 20_000 : 100_000,
  /** Open event streams on the hot article during the live fan-out scenario. */
  liveStreams: quick ? 200 : 2_000,
  /** Oversized bodies: 100 MiB chunked POSTs in all, and seconds after which no new one starts. */
  oversizedBodies: quick ? 24 : 60,
  oversizedSeconds: quick ? 30 : 90,

  /** Seconds a count may take to settle before the exactness check reads it. */
  settleMs: 1_000,
  waline: { version: "1.39.3", listPageSize: 20 },
};

export const COURSE_SLUG = "bench-course";
export const MAIN_ARTICLE_SLUG = "hot-article";
