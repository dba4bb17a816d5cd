import { studioSeen } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { markCommentsSeen } from "@/lib/studio/seen";

// POST /api/studio/seen — instructors (own courses), admins: pending comments they have seen
export const POST = route(studioSeen.markSeen, async ({ user, body }) => {
  await markCommentsSeen(user, body);
  return new Response(null, { status: 204 });
});
