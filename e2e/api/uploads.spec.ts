// POST /api/uploads and GET /api/uploads/{id} through the HTTP server: what comes back and
// with which headers. What is accepted or refused, and why, is in tests/uploads.
import sharp from "sharp";
import { expect, test } from "../fixtures";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 200, b: Math.floor(Math.random() * 256) } } })
    .png()
    .withExif({ IFD0: { Copyright: "SECRET-EXIF-MARKER" } })
    .toBuffer();

test("a signed-in user uploads an image and anyone fetches it back, cacheable and inert", async ({
  page,
  signInAs,
  playwright,
  baseURL,
}) => {
  await signInAs();
  const res = await page.request.post("/api/uploads", {
    multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: await png(300, 200) } },
  });
  expect(res.status()).toBe(201);
  const body = await res.json();
  expect(body).toEqual({ url: expect.stringMatching(/^\/api\/uploads\/[0-9a-f]{64}$/), width: 300, height: 200 });

  const visitor = await playwright.request.newContext({ baseURL });
  const image = await visitor.get(body.url);
  expect(image.status()).toBe(200);
  expect(image.headers()).toMatchObject({
    "content-type": "image/png",
    "cache-control": "public, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
    "content-disposition": "inline",
  });
  expect(image.headers()["content-security-policy"]).toContain("default-src 'none'");
  const bytes = await image.body();
  expect(await sharp(bytes).metadata()).toMatchObject({ format: "png", width: 300, height: 200 });
  expect(bytes.includes("SECRET-EXIF-MARKER")).toBe(false);

  const unknown = await visitor.get(`/api/uploads/${"0".repeat(64)}`);
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  await visitor.dispose();
});

test("visitors get 401; SVG gets 415 even named .png", async ({ page, signInAs }) => {
  const file = { name: "photo.png", mimeType: "image/png", buffer: await png(10, 10) };
  const anonymous = await page.request.post("/api/uploads", { multipart: { file } });
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe("unauthorized");

  await signInAs();
  const svg = Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
  );
  const refused = await page.request.post("/api/uploads", {
    multipart: { file: { name: "innocent.png", mimeType: "image/png", buffer: svg } },
  });
  expect(refused.status()).toBe(415);
  expect((await refused.json()).error.code).toBe("unsupported_media_type");
});
