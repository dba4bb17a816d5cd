import { route } from "@/lib/api/route";
import { courses } from "@/lib/api/endpoints";
import { createEssay } from "@/lib/essays/mutations";
import { listMyEssaysInCourse } from "@/lib/essays/queries";

export const GET = route(courses.listMyEssays, async ({ user, params }) => {
  const items = await listMyEssaysInCourse(user, params.slug);
  return Response.json({ items, nextCursor: null }, { headers: { "Cache-Control": "private, no-store" } });
});

export const POST = route(courses.createEssay, async ({ user, params, body }) =>
  Response.json(await createEssay(user, params.slug, body), { status: 201 }),
);
