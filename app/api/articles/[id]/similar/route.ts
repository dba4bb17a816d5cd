import { articles } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { findAnsweredQuestions } from "@/lib/comments/similar";
import { clientIp, rateLimit } from "@/lib/rate-limit";

// GET /api/articles/{id}/similar?q= — anyone who reads the article's discussion.
// Spent per client address (a GET declares no limit of its own): every few keystrokes of a draft ask.
export const GET = route(articles.similarQuestions, async ({ req, user, params, query }) => {
  await rateLimit("similar", clientIp(req));
  return Response.json(await findAnsweredQuestions(user, params.id, query), {
    headers: { "Cache-Control": "private, no-store" }, // per draft and per reader (locks, likes)
  });
});
