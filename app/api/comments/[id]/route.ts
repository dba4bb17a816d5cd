import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { deleteComment, updateComment } from "@/lib/comments/mutations";
import { getComment } from "@/lib/comments/queries";
import { UpdateCommentSchema } from "@/lib/comments/schema";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/comments/[id]">;

// GET /api/comments/:id — anyone who may see the comment (404 otherwise)
export const GET = withApiErrors(async (_req: Request, { params }: Ctx) =>
  Response.json(await getComment(await getCurrentUser(), (await params).id)),
);

// PATCH /api/comments/:id — the author, while pending: {body}
export const PATCH = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const { id } = await params;
  const input = await readJson(req, UpdateCommentSchema);
  return Response.json(await updateComment(user, id, input));
});

// DELETE /api/comments/:id — the author: soft delete → 204
export const DELETE = withApiErrors(async (_req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  await deleteComment(user, (await params).id);
  return new Response(null, { status: 204 });
});
