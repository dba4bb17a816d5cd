import { getCurrentUser } from "@/lib/auth/session";
import { listCourses } from "@/lib/courses/queries";
import { withApiErrors } from "@/lib/http";

// GET /api/courses — anyone
export const GET = withApiErrors(async () => {
  const items = await listCourses(await getCurrentUser());
  return Response.json({ items });
});
