import { requireUser } from "@/lib/auth/session";
import { joinCourse } from "@/lib/courses/queries";
import { withApiErrors } from "@/lib/http";
import { rateLimit } from "@/lib/rate-limit";

// POST /api/courses/:slug/members — signed in: join the course as a learner
export const POST = withApiErrors(async (_req: Request, { params }: RouteContext<"/api/courses/[slug]/members">) => {
  const user = await requireUser();
  await rateLimit("write", user.id);
  const { slug } = await params;
  return Response.json(await joinCourse(user, slug), { status: 201 });
});
