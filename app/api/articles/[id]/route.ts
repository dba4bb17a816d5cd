import { articles } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getArticle } from "@/lib/articles/queries";
import { updateArticle } from "@/lib/articles/update";
import { readCacheHeaders } from "@/lib/http";

export const GET = route(articles.getArticle, async ({ user, params }) => {
  const { article } = await getArticle(user, params.id);
  return Response.json(article, { headers: readCacheHeaders(!user && article.status === "published") });
});

// PATCH /api/articles/{id} — reflections: author and curators; lessons: curators
export const PATCH = route(articles.updateArticle, async ({ user, params, body }) =>
  Response.json(await updateArticle(user, params.id, body)),
);
