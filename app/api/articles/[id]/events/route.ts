import { articles } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getDiscussedArticle } from "@/lib/articles/queries";
import { EVENT_STREAM_HEADERS, openEventStream, resumeIdOf } from "@/lib/events/stream";

export const dynamic = "force-dynamic";

// Resumes after the Last-Event-ID header (or ?since=) and replays what the client missed.
export const GET = route(articles.articleEvents, async ({ req, user, params }) => {
  await getDiscussedArticle(user, params.id); // 404 for an article the viewer may not see, 403 for a locked lesson
  return new Response(openEventStream(params.id, resumeIdOf(req), req.signal), { headers: EVENT_STREAM_HEADERS });
});
