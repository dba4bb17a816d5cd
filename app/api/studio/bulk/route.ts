import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { requireStudio } from "@/lib/studio/access";
import { bulkCurate } from "@/lib/studio/queue";

export const POST = route(studio.bulkCurate, async ({ user, body }) =>
  Response.json(await bulkCurate(await requireStudio(user), body)),
);
