import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { createReply, listReplies } from "@/lib/comments/replies";
import { CreateReplySchema, ListRepliesQuerySchema } from "@/lib/comments/schema";
import { readJson, readQuery, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/comments/[id]/replies">;

// GET /api/comments/:id/replies — anyone who can see the comment
export const GET = withApiErrors(async (req: Request, { params }: Ctx) => {
  const query = readQuery(req, ListRepliesQuerySchema);
  return Response.json(await listReplies(await getCurrentUser(), (await params).id, query));
});

// POST /api/comments/:id/replies — members, on featured comments: {body} → 201
export const POST = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("reply", user.id);
  const input = await readJson(req, CreateReplySchema);
  return Response.json(await createReply(user, (await params).id, input), { status: 201 });
});
