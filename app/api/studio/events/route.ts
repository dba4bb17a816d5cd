import { requireUser } from "@/lib/auth/session";
import { openQueueStream } from "@/lib/events/studio";
import { EVENT_STREAM_HEADERS } from "@/lib/events/stream";
import { readQuery, withApiErrors } from "@/lib/http";
import { studioScope } from "@/lib/studio/access";
import { QueueQuerySchema } from "@/lib/studio/schema";

export const dynamic = "force-dynamic";

// GET /api/studio/events?courseId=&articleId= — instructors (own courses), admins: the
// queue's live notices as Server-Sent Events (queue.added, queue.removed), scoped like
// GET /api/studio/queue. No replay: the client re-reads the queue on every `ready`.
export const GET = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const scope = await studioScope(user, readQuery(req, QueueQuerySchema.pick({ courseId: true, articleId: true })));
  return new Response(openQueueStream(scope, req.signal), { headers: EVENT_STREAM_HEADERS });
});
