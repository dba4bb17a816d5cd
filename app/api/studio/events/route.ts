import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { EVENT_STREAM_HEADERS } from "@/lib/events/stream";
import { openQueueStream } from "@/lib/events/studio";
import { studioScope } from "@/lib/studio/access";

export const dynamic = "force-dynamic";

// No replay: the client re-reads the queue on every `ready`.
export const GET = route(studio.queueEvents, async ({ req, user, query }) => {
  const scope = await studioScope(user, query);
  return new Response(openQueueStream(scope, req.signal), { headers: EVENT_STREAM_HEADERS });
});
