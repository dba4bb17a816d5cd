import { articles } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { getArticle } from "@/lib/articles/queries";
import { updateEssay } from "@/lib/essays/mutations";
import { readCacheHeaders } from "@/lib/http";

export const GET = route(articles.getArticle, async ({ user, params }) => {
  const { article } = await getArticle(user, params.id);
  return Response.json(article, { headers: readCacheHeaders(!user && article.status === "published") });
});

export const PATCH = route(articles.updateEssay, async ({ user, params, body }) =>
  Response.json(await updateEssay(user, params.id, body)),
);
