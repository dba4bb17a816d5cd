import { studio } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { contentDisposition, exportFeatured } from "@/lib/studio/export";

export const GET = route(studio.exportFeatured, async ({ user, query }) => {
  const file = await exportFeatured(user, query);
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": contentDisposition(file.filename),
      "Cache-Control": "private, no-store",
    },
  });
});
