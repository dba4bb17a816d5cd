import { getArticle } from "@/lib/articles/queries";
import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { updateEssay } from "@/lib/essays/mutations";
import { UpdateEssaySchema } from "@/lib/essays/schema";
import { readCacheHeaders, readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

// GET /api/articles/:id — anyone (published), author and curators (unpublished)
export const GET = withApiErrors(async (_req: Request, { params }: RouteContext<"/api/articles/[id]">) => {
  const { id } = await params;
  const viewer = await getCurrentUser();
  const { article } = await getArticle(viewer, id);
  return Response.json(article, { headers: readCacheHeaders(!viewer && article.status === "published") });
});

// PATCH /api/articles/:id — essays only. Author: {title?, body?} (draft or returned), {action: "submit"};
// the course's instructors and admins: {action: "publish"}, {action: "return", note}, {storyPinned}
export const PATCH = withApiErrors(async (req: Request, { params }: RouteContext<"/api/articles/[id]">) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const { id } = await params;
  const input = await readJson(req, UpdateEssaySchema);
  return Response.json(await updateEssay(user, id, input));
});
