import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { createComment } from "@/lib/comments/mutations";
import { listComments } from "@/lib/comments/queries";
import { CreateCommentSchema, ListCommentsQuerySchema } from "@/lib/comments/schema";
import { readCacheHeaders, readJson, readQuery, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/articles/[id]/comments">;

// GET /api/articles/:id/comments?sort=top|new&cursor=&limit=&status= — anyone (status≠featured: curators)
export const GET = withApiErrors(async (req: Request, { params }: Ctx) => {
  const { id } = await params;
  const query = readQuery(req, ListCommentsQuerySchema);
  const viewer = await getCurrentUser();
  return Response.json(await listComments(viewer, id, query), { headers: readCacheHeaders(!viewer) });
});

// POST /api/articles/:id/comments — members: {body} → 201, status "pending"
export const POST = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("comment", user.id);
  const { id } = await params;
  const input = await readJson(req, CreateCommentSchema);
  return Response.json(await createComment(user, id, input), { status: 201 });
});
