import { getArticle } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { withApiErrors } from "@/lib/http";

// GET /api/articles/:id — anyone (published), author and curators (unpublished)
export const GET = withApiErrors(async (_req: Request, { params }: RouteContext<"/api/articles/[id]">) => {
  const { id } = await params;
  const { article } = await getArticle(await getCurrentUser(), id);
  return Response.json(article);
});
