import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getBlockedWords, setBlockedWords } from "@/lib/comments/blocked-words";

export const GET = route(courses.getBlockedWords, async ({ user, params }) =>
  Response.json(
    { words: await getBlockedWords(user, params.slug) },
    { headers: { "Cache-Control": "private, no-store" } },
  ),
);

export const PUT = route(courses.setBlockedWords, async ({ user, params, body }) =>
  Response.json({ words: await setBlockedWords(user, params.slug, body) }),
);
