import { getArticle } from "@/lib/articles/queries";
import { getCurrentUser } from "@/lib/auth/session";
import { readCacheHeaders, withApiErrors } from "@/lib/http";

// GET /api/articles/:id — anyone (published), author and curators (unpublished)
export const GET = withApiErrors(async (_req: Request, { params }: RouteContext<"/api/articles/[id]">) => {
  const { id } = await params;
  const viewer = await getCurrentUser();
  const { article } = await getArticle(viewer, id);
  return Response.json(article, { headers: readCacheHeaders(!viewer && article.status === "published") });
});
