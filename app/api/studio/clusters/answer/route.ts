import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { answerCluster } from "@/lib/studio/answer-cluster";

// POST /api/studio/clusters/answer — the course's instructors and admins
export const POST = route(studio.answerCluster, async ({ user, body }) =>
  Response.json(await answerCluster(user, body)),
);
