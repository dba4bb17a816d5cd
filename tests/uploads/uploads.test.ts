import { GET } from "@/app/api/uploads/[id]/route";
import { rateLimit } from "@/lib/rate-limit";
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from "@/lib/uploads/image";
import { storeUpload } from "@/lib/uploads/mutations";
import { randomBytes, randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";
import { idOf, multipart, requestImage, servedBytes } from "./support";

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

async function upload(bytes: Buffer | string, name?: string, type?: string) {
  const { body, contentType } = await multipart(bytes, name, type);
  return storeUpload(w.users.member, body, contentType);
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

const served = (url: string) => servedBytes(GET, idOf(url));

/** A small picture with some detail, in `format`, tagged with EXIF that must not survive. */
const picture = (format: "png" | "jpeg" | "webp" | "gif", width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } })
    .composite([{ input: randomBytes(16 * 16 * 3), raw: { width: 16, height: 16, channels: 3 }, left: 4, top: 4 }])
    .toFormat(format)
    .withExif({ IFD0: { Copyright: "SECRET-EXIF-MARKER", Artist: "Someone Private" } })
    .toBuffer();

describe("accepted images", () => {
  for (const [format, mimeType] of [
    ["png", "image/png"],
    ["jpeg", "image/jpeg"],
    ["webp", "image/webp"],
    ["gif", "image/gif"],
  ] as const) {
    it(`${format}: stored re-encoded as ${mimeType}, with no metadata left`, async () => {
      const input = await picture(format);
      const out = await upload(input, `photo.${format}`, mimeType);
      expect(out).toEqual({ url: expect.stringMatching(/^\/api\/uploads\/[0-9a-f]{64}$/), width: 64, height: 48 });
      const res = await requestImage(GET, idOf(out.url));
      expect(res.status).toBe(200);
      expect(Object.fromEntries(res.headers)).toMatchObject({
        "content-type": mimeType,
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'; sandbox",
      });
      const stored = Buffer.from(await res.arrayBuffer());
      const meta = await sharp(stored).metadata();
      expect(meta).toMatchObject({ format, width: 64, height: 48 });
      expect(meta.exif).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(stored.includes("SECRET-EXIF-MARKER")).toBe(false);
      const row = await db.upload.findUniqueOrThrow({ where: { id: idOf(out.url) } });
      expect(row).toMatchObject({
        width: 64,
        height: 48,
        size: stored.byteLength,
        uploaderId: w.users.member.id,
      });
      expect(Buffer.from(row.bytes!)).toEqual(stored); // no S3_BUCKET: the bytes are in the row
    });
  }

  it("a JPEG with EXIF (GPS, orientation) comes back turned upright and without EXIF", async () => {
    const input = await sharp({ create: { width: 80, height: 40, channels: 3, background: "#3366cc" } })
      .jpeg()
      .withExif({
        IFD0: { Copyright: "SECRET-EXIF-MARKER" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "39/1 54/1 0/1" },
      })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    const inMeta = await sharp(input).metadata();
    expect(inMeta.exif).toBeDefined();
    expect(inMeta.orientation).toBe(6);
    const out = await upload(input, "camera.jpg", "image/jpeg");
    expect(out).toMatchObject({ width: 40, height: 80 }); // orientation 6: rotated a quarter turn
    const meta = await sharp(await served(out.url)).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  });

  it(`scales an image larger than ${MAX_IMAGE_SIDE} px on its long side down to it`, async () => {
    const input = await sharp({ create: { width: 4000, height: 1000, channels: 3, background: "#fff" } })
      .jpeg()
      .toBuffer();
    expect(await upload(input, "wide.jpg")).toMatchObject({ width: MAX_IMAGE_SIDE, height: 640 });
  });

  it("keeps a small animated GIF animated", async () => {
    const frames = await Promise.all(
      [0, 120, 240].map((r) =>
        sharp({ create: { width: 30, height: 20, channels: 3, background: { r, g: 0, b: 0 } } })
          .png()
          .toBuffer(),
      ),
    );
    const gif = await sharp(frames, { join: { animated: true } })
      .gif({ delay: [100, 100, 100] })
      .toBuffer();
    const out = await upload(gif, "anim.gif", "image/gif");
    expect(out).toMatchObject({ width: 30, height: 20 });
    expect((await sharp(await served(out.url)).metadata()).pages).toBe(3);
  });

  it("stores the same image once: uploaded twice, one id", async () => {
    const input = await picture("png");
    const first = await upload(input, "a.png");
    const again = await multipart(input, "b.png");
    const second = await storeUpload(w.users.author, again.body, again.contentType);
    expect(second.url).toBe(first.url);
    expect(await db.upload.count({ where: { id: idOf(first.url) } })).toBe(1);
  });
});

describe("refused uploads", () => {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>';

  it("SVG is 415, even named .png and declared image/png", async () => {
    expect(await failure(upload(svg, "innocent.png", "image/png"))).toBe("unsupported_media_type");
    expect(await failure(upload(svg, "drawing.svg", "image/svg+xml"))).toBe("unsupported_media_type");
  });

  it("random bytes are 415", async () => {
    expect(await failure(upload(randomBytes(4096), "noise.png"))).toBe("unsupported_media_type");
  });

  it("HTML named .png is 415; a PNG with HTML appended is stored without the HTML", async () => {
    const html = Buffer.from("<!doctype html><html><script>alert(document.cookie)</script></html>");
    expect(await failure(upload(html, "page.png", "image/png"))).toBe("unsupported_media_type");
    const marker = `<script>alert("${randomUUID()}")</script>`;
    const polyglot = Buffer.concat([await picture("png"), Buffer.from(marker)]);
    const out = await upload(polyglot, "polyglot.png");
    expect((await served(out.url)).includes(marker)).toBe(false);
  });

  it("a truncated image is 415", async () => {
    const jpeg = await sharp({ create: { width: 200, height: 200, channels: 3, background: "#abc" } })
      .jpeg()
      .toBuffer();
    expect(await failure(upload(jpeg.subarray(0, jpeg.length / 2), "half.jpg"))).toBe("unsupported_media_type");
  });

  it("a file over 5 MB is 413, and so is a body over the limit", async () => {
    const big = Buffer.concat([await picture("png"), randomBytes(MAX_IMAGE_BYTES)]);
    expect(await failure(upload(big, "big.png"))).toBe("payload_too_large");
    const { contentType } = await multipart("x");
    expect(await failure(storeUpload(w.users.member, randomBytes(MAX_IMAGE_BYTES + 100 * 1024), contentType))).toBe(
      "payload_too_large",
    );
  });

  it("a decompression bomb (few bytes, very many pixels) is 413", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#000" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.byteLength).toBeLessThan(MAX_IMAGE_BYTES);
    expect(await failure(upload(bomb, "bomb.png"))).toBe("payload_too_large");
  });

  it("a body that is not multipart is 415; a multipart body without `file` is 400", async () => {
    const input = await picture("png");
    expect(await failure(storeUpload(w.users.member, input, "image/png"))).toBe("unsupported_media_type");
    const form = new FormData();
    form.append("image", new Blob([new Uint8Array(input)]), "x.png");
    const req = new Request("http://test.example/", { method: "POST", body: form });
    const body = Buffer.from(await req.arrayBuffer());
    expect(await failure(storeUpload(w.users.member, body, req.headers.get("content-type")))).toBe("bad_request");
  });

  it("an unknown id is 404", async () => {
    expect((await requestImage(GET, "0".repeat(64))).status).toBe(404);
  });

  it("uploading spends the `upload` limit: past 30 in ten minutes, 429", async () => {
    const key = `upload-test-${randomUUID()}`;
    for (let i = 0; i < 30; i++) await rateLimit("upload", key);
    expect(await failure(rateLimit("upload", key))).toBe("rate_limited");
  });
});
