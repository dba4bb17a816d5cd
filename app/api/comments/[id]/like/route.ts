import { requireUser } from "@/lib/auth/session";
import { setLike } from "@/lib/comments/likes";
import { withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/comments/[id]/like">;

const handle = (liked: boolean) =>
  withApiErrors(async (_req: Request, { params }: Ctx) => {
    const user = await requireUser();
    await rateLimit("like", user.id);
    return Response.json(await setLike(user, (await params).id, liked));
  });

// PUT /api/comments/:id/like — members: like a featured comment (idempotent) → {liked, likeCount}
export const PUT = handle(true);
// DELETE /api/comments/:id/like — members: unlike (idempotent) → {liked, likeCount}
export const DELETE = handle(false);
