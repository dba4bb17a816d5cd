import { requireUser } from "@/lib/auth/session";
import { readQuery, withApiErrors } from "@/lib/http";
import { contentDisposition, exportFeatured } from "@/lib/studio/export";
import { ExportQuerySchema } from "@/lib/studio/schema";

// GET /api/studio/export?course=slug[&article=id]&format=csv|md — the course's instructors and admins:
// its featured comments as a download (CSV in UTF-8 with a BOM, or Markdown)
export const GET = withApiErrors(async (req: Request) => {
  const user = await requireUser();
  const query = readQuery(req, ExportQuerySchema);
  const file = await exportFeatured(user, query);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename),
      "Cache-Control": "private, no-store",
    },
  });
});
