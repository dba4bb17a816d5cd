import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createEssay } from "@/lib/essays/mutations";
import { pageMyEssaysInCourse } from "@/lib/essays/queries";

export const GET = route(courses.listMyEssays, async ({ user, params, query }) =>
  Response.json(await pageMyEssaysInCourse(user, params.slug, query), {
    headers: { "Cache-Control": "private, no-store" },
  }),
);

export const POST = route(courses.createEssay, async ({ user, params, body }) =>
  Response.json(await createEssay(user, params.slug, body), { status: 201 }),
);
