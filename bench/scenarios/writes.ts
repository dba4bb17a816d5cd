// Writes by members: a new comment on the hot article, and replies to its most liked
// featured comments; each request from the next member's session.
import { measure, type Endpoint, type LoadResult } from "../lib/load";
import type { Seeded } from "../setup-db";

export type WriteResults = { comment: LoadResult; reply: LoadResult };

export async function writeScenarios(
  { origin, pid }: Endpoint,
  seeded: Seeded,
  cookies: string[],
): Promise<WriteResults> {
  let n = 0;
  const comment = await measure("post a comment", {
    origin,
    serverPid: pid,
    target: "POST /api/articles/{id}/comments",
    next: () => {
      const i = n++;
      return {
        method: "POST",
        path: `/api/articles/${seeded.main.id}/comments`,
        headers: { cookie: cookies[i % cookies.length]!, "content-type": "application/json" },
        body: JSON.stringify({ body: `Bench comment ${i}: the counter should live off the hot row.` }),
      };
    },
    verifyBody: (body) => body.includes('"status":"pending"'),
    note: "rotating member sessions; each comment awaits curation",
  });

  const targets = seeded.main.topCommentIds;
  let m = 0;
  const reply = await measure("post a reply", {
    origin,
    serverPid: pid,
    target: "POST /api/comments/{id}/replies",
    next: () => {
      const i = m++;
      return {
        method: "POST",
        path: `/api/comments/${targets[i % targets.length]}/replies`,
        headers: { cookie: cookies[(i * 7) % cookies.length]!, "content-type": "application/json" },
        body: JSON.stringify({ body: `Bench reply ${i}: agreed.` }),
      };
    },
    note: `rotating member sessions over the ${targets.length} most liked featured comments`,
  });
  return { comment, reply };
}
