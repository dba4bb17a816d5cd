import { requireUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/essays/mutations";
import { pageMyEssaysInCourse } from "@/lib/essays/queries";
import { CreateEssaySchema, ListEssaysQuerySchema } from "@/lib/essays/schema";
import { readJson, readQuery, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/courses/[slug]/essays">;

// GET /api/courses/:slug/essays?cursor=&limit= — signed in: the viewer's own essays in the course, newest first
// → {items, nextCursor}
export const GET = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  const { slug } = await params;
  const page = await pageMyEssaysInCourse(user, slug, readQuery(req, ListEssaysQuerySchema));
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/courses/:slug/essays — members: {title?, body?} → 201, a draft
export const POST = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const { slug } = await params;
  const input = await readJson(req, CreateEssaySchema);
  return Response.json(await createEssay(user, slug, input), { status: 201 });
});
