import { faqRecap } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { listFaq } from "@/lib/faq/faq";
import { readCacheHeaders } from "@/lib/http";

// GET /api/articles/:id/faq — the article's FAQ; visitors' answers are shared like its comments.
export const GET = route(faqRecap.getFaq, async ({ user, params }) =>
  Response.json(await listFaq(user, params.id), { headers: readCacheHeaders(!user, 1) }),
);
