import { getCurrentUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/courses/queries";
import { withApiErrors } from "@/lib/http";

// GET /api/courses/:slug — anyone: the course with its lessons and learner stories
export const GET = withApiErrors(async (_req: Request, { params }: RouteContext<"/api/courses/[slug]">) => {
  const { slug } = await params;
  return Response.json(await getCourse(await getCurrentUser(), slug));
});
