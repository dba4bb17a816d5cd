import { getCurrentUser, requireUser } from "@/lib/auth/session";
import { BlockedWordsSchema, getBlockedWords, setBlockedWords } from "@/lib/comments/blocked-words";
import { readJson, withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

type Ctx = RouteContext<"/api/courses/[slug]/blocked-words">;

// GET /api/courses/:slug/blocked-words — the course's instructors and admins
export const GET = withApiErrors(async (_req: Request, { params }: Ctx) => {
  const words = await getBlockedWords(await getCurrentUser(), (await params).slug);
  return Response.json({ words }, { headers: { "Cache-Control": "private, no-store" } });
});

// PUT /api/courses/:slug/blocked-words — the course's instructors and admins: {words} replaces the list
export const PUT = withApiErrors(async (req: Request, { params }: Ctx) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const input = await readJson(req, BlockedWordsSchema);
  return Response.json({ words: await setBlockedWords(user, (await params).slug, input) });
});
