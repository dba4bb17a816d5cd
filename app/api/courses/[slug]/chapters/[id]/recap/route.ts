import { faqRecap } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { readCacheHeaders } from "@/lib/http";
import { publicOrigin } from "@/lib/origin";
import { recapLabels } from "@/lib/recap/labels";
import { recapToMarkdown } from "@/lib/recap/markdown";
import { getChapterRecap } from "@/lib/recap/recap";
import { contentDisposition } from "@/lib/studio/export";

// GET /api/courses/:slug/chapters/:id/recap — the chapter's featured discussion, as JSON or a Markdown file.
export const GET = route(faqRecap.getRecap, async ({ req, user, params, query }) => {
  const recap = await getChapterRecap(user, params.slug, params.id);
  if (query.format === "json") return Response.json(recap, { headers: readCacheHeaders(!user, 5) });
  const markdown = recapToMarkdown(recap, await recapLabels(), publicOrigin(req.headers));
  return new Response(markdown, {
    headers: {
      ...readCacheHeaders(!user, 5),
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": contentDisposition(`${params.slug}-${recap.chapter.title}-recap.md`),
    },
  });
});
