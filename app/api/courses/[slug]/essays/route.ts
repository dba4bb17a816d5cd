import { requireUser } from "@/lib/auth/session";
import { createEssay } from "@/lib/essays/mutations";
import { listMyEssaysInCourse } from "@/lib/essays/queries";
import { CreateEssaySchema } from "@/lib/essays/schema";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/courses/[slug]/essays">;

// GET /api/courses/:slug/essays — signed in: the viewer's own essays in the course → {items, nextCursor}
export const GET = withApiErrors(async (_req: Request, { params }: Ctx) => {
  const user = await requireUser();
  const { slug } = await params;
  const items = await listMyEssaysInCourse(user, slug);
  return Response.json({ items, nextCursor: null }, { headers: { "Cache-Control": "private, no-store" } });
});

// POST /api/courses/:slug/essays — members: {title?, body?} → 201, a draft
export const POST = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const { slug } = await params;
  const input = await readJson(req, CreateEssaySchema);
  return Response.json(await createEssay(user, slug, input), { status: 201 });
});
