import { getArticle } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { EVENT_STREAM_HEADERS, openEventStream, resumeIdOf } from "@/lib/events/stream";
import { withApiErrors } from "@/lib/http";

export const dynamic = "force-dynamic";

// GET /api/articles/:id/events — anyone who can see the article: its discussion's live
// events as Server-Sent Events (the types of LiveEventData in lib/events/schema.ts).
// Resumes after the Last-Event-ID header (or ?since=) and replays what
// the client missed.
export const GET = withApiErrors(async (req: Request, { params }: RouteContext<"/api/articles/[id]/events">) => {
  const { id } = await params;
  const viewer = await getCurrentUser();
  await getArticle(viewer, id); // 404 for an article the viewer may not see
  return new Response(openEventStream(id, resumeIdOf(req), req.signal), { headers: EVENT_STREAM_HEADERS });
});
