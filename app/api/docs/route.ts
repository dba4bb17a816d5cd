import { system } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

// Swagger UI, served from this server (no CDN): the page, its script and style sheet.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jingxuan API</title>
<link rel="icon" href="/icon.svg">
<link rel="stylesheet" href="/api/docs/style">
</head>
<body>
<div id="reference"></div>
<script src="/api/docs/script"></script>
<script src="/api/docs/start"></script>
</body>
</html>
`;

export const GET = route(
  system.apiReference,
  async () =>
    new Response(PAGE, {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "public, max-age=300",
        // Scripts and styles from this origin only; Swagger UI sets inline styles and shows data: images.
        "Content-Security-Policy":
          "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      },
    }),
);
