import { courses } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { searchCourse } from "@/lib/search/search-course";

// GET /api/courses/{slug}/search?q=&cursor=&limit= — anyone (each query spends from the caller's address)
export const GET = route(courses.searchCourse, async ({ user, params, query }) =>
  Response.json(await searchCourse(user, params.slug, query), {
    // Per query and per reader (locked lessons differ): no shared cache keeps it.
    headers: { "Cache-Control": "private, no-store" },
  }),
);
