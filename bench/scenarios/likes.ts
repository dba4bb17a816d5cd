// Likes through HTTP.
//  - Storm: waves of 1,000 distinct users, each wave liking one hot featured comment
//    (PUT /api/comments/{id}/like with that user's session); every request is a new like
//    on the comment that all 50 connections hit at that moment. Then: every like
//    answered 2xx is stored, and each comment's counter (+ unfolded deltas) equals its rows.
//  - Mixed: random users like or unlike (50/50) one hot comment; counter = rows after.
import type pg from "pg";
import { CONFIG } from "../config";
import { measure, type Endpoint, type LoadResult } from "../lib/load";
import { sleep } from "../lib/log";
import { seededInts, seededRandom } from "../lib/random";
import { checkLikeCounts, type CountCheck, type Seeded } from "../setup-db";

export type LikeStormResult = {
  storm: LoadResult;
  stormCheck: CountCheck & { answeredLikes: number; storedLikes: number; lostLikes: number; wavesStarted: number };
  mixed: LoadResult;
  mixedCheck: CountCheck;
};

/** A fixed shuffle, so each wave's users arrive in a different order than their ids. */
function shuffled(n: number, seed: number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  const next = seededInts(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

export async function likeScenarios(
  { origin, pid }: Endpoint,
  seeded: Seeded,
  cookies: string[],
  pool: pg.Pool,
): Promise<LikeStormResult> {
  const hot = seeded.main.stormCommentIds;
  const users = cookies.length;
  const pairs = hot.length * users;
  const order = shuffled(users, 7);
  let k = 0;
  let answered = 0;

  const storm = await measure("like storm (1,000 users per hot comment)", {
    origin,
    serverPid: pid,
    target: "PUT /api/comments/{hot}/like",
    next: () => {
      const i = k++ % pairs; // past the last pair (never within the bound below) it repeats, idempotently
      const wave = Math.floor(i / users);
      return {
        method: "PUT",
        path: `/api/comments/${hot[wave]}/like`,
        headers: { cookie: cookies[order[i % users]!]! },
      };
    },
    maxRequests: () => Math.max(1, pairs - k),
    verifyBody: (body) => {
      const ok = body.includes('"liked":true');
      if (ok) answered++;
      return ok;
    },
    note: "every request a new like; waves of 1,000 distinct users, one hot comment per wave",
  });
  const wavesStarted = Math.min(hot.length, Math.ceil(Math.min(k, pairs) / users));
  await sleep(CONFIG.settleMs);
  const touched = hot.slice(0, wavesStarted);
  const check = await checkLikeCounts(pool, touched);

  // Mixed like/unlike on the first hot comment (1,000 likes after the storm).
  const target = hot[0]!;
  const random = seededRandom(12_345);
  const mixed = await measure("like/unlike mix (one hot comment)", {
    origin,
    serverPid: pid,
    target: "PUT or DELETE /api/comments/{hot}/like",
    next: () => ({
      method: random() < 0.5 ? "PUT" : "DELETE",
      path: `/api/comments/${target}/like`,
      headers: { cookie: cookies[Math.floor(random() * users)]! },
    }),
    note: "random member, like or unlike at random (about half change nothing: idempotent)",
  });
  await sleep(CONFIG.settleMs);
  const mixedCheck = await checkLikeCounts(pool, [target]);

  return {
    storm,
    stormCheck: {
      ...check,
      answeredLikes: answered,
      storedLikes: check.rows,
      lostLikes: Math.max(0, answered - check.rows),
      wavesStarted,
    },
    mixed,
    mixedCheck,
  };
}
