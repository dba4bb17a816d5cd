// Uploads in S3-compatible object storage, against a real S3 API: s3rver, in this process,
// on a loopback port, keeping its objects in a temporary folder.
import { EnvSchema } from "@/lib/env";
import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";
import { idOf, multipart, requestImage, servedBytes } from "./support";

const BUCKET = "jingxuan-uploads";
const db = connect(process.env.DATABASE_URL!);
let w: World;
let server: S3rver;
let folder: string;
let endpoint: string;
let s3: S3Client;
/** Keys of the objects the bucket was sent (PUT), in order. */
const puts: string[] = [];

beforeAll(async () => {
  w = await createWorld(db);
  folder = await mkdtemp(path.join(tmpdir(), "jingxuan-s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: folder,
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  endpoint = `http://127.0.0.1:${(await server.run()).port}`;
  // s3rver is a Koa app; its typings leave out the events it emits for each object written.
  (server as unknown as EventEmitter).on("event", (e: { Records: { s3: { object: { key: string } } }[] }) =>
    puts.push(...e.Records.map((r) => r.s3.object.key)),
  );
  s3 = new S3Client({
    endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
});
afterAll(async () => {
  s3?.destroy();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
  await db.$disconnect();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The upload route and mutation, loaded afresh with these settings (lib/env.ts reads them once). */
async function appWith(settings: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(settings)) vi.stubEnv(name, value);
  const [{ storeUpload }, { GET }] = await Promise.all([
    import("@/lib/uploads/mutations"),
    import("@/app/api/uploads/[id]/route"),
  ]);
  return {
    GET,
    upload: async (bytes: Buffer, user = w.users.member) => {
      const { body, contentType } = await multipart(bytes);
      return storeUpload(user, body, contentType);
    },
  };
}
const s3Settings = () => ({
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: endpoint,
  S3_REGION: "us-east-1",
  S3_ACCESS_KEY_ID: "S3RVER",
  S3_SECRET_ACCESS_KEY: "S3RVER",
  S3_FORCE_PATH_STYLE: "true",
});

/** A PNG no other test uploads. */
const uniquePng = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
    .composite([{ input: randomBytes(8 * 8 * 3), raw: { width: 8, height: 8, channels: 3 }, left: 2, top: 2 }])
    .png()
    .toBuffer();

const objectBytes = async (key: string) =>
  Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))).Body!.transformToByteArray());
const keysInBucket = async () =>
  ((await s3.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key);

const failure = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: { code?: string }) => err.code ?? String(err),
  );

describe("with S3_BUCKET set", () => {
  it("an upload is an object in the bucket, keyed by its sha256, and not in the bytes column", async () => {
    const app = await appWith(s3Settings());
    const out = await app.upload(await uniquePng());
    const id = idOf(out.url);
    expect(puts).toContain(id);
    const row = await db.upload.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ bytes: null, mimeType: "image/png", width: 40, height: 30 });
    expect(row.uploaderId).toBe(w.users.member.id);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: id }));
    expect(head).toMatchObject({
      ContentType: "image/png",
      CacheControl: "public, max-age=31536000, immutable",
      ContentLength: row.size,
    });
  });

  it("GET streams the same bytes from the bucket, immutable, nosniff and sandboxed", async () => {
    const app = await appWith(s3Settings());
    const id = idOf((await app.upload(await uniquePng())).url);
    const res = await requestImage(app.GET, id);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "image/png",
      "cache-control": "public, max-age=31536000, immutable",
      etag: `"${id}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    });
    const served = Buffer.from(await res.arrayBuffer());
    expect(served).toEqual(await objectBytes(id));
    expect(Number(res.headers.get("content-length"))).toBe(served.byteLength);
    expect(await sharp(served).metadata()).toMatchObject({ format: "png", width: 40, height: 30 });
  });

  it("the same image uploaded again is one object, written once, and one row", async () => {
    const app = await appWith(s3Settings());
    const png = await uniquePng();
    const first = await app.upload(png);
    const before = await keysInBucket();
    const again = await app.upload(png, w.users.author);
    expect(again).toEqual(first);
    expect(await keysInBucket()).toEqual(before);
    expect(puts.filter((key) => key === idOf(first.url))).toHaveLength(1);
    expect(await db.upload.count({ where: { id: idOf(first.url) } })).toBe(1);
  });

  it("two identical uploads at once: one object, one row", async () => {
    const app = await appWith(s3Settings());
    const png = await uniquePng();
    const [a, b] = await Promise.all([app.upload(png), app.upload(png, w.users.author)]);
    expect(a.url).toBe(b.url);
    expect((await keysInBucket()).filter((key) => key === idOf(a.url))).toHaveLength(1);
    expect(await db.upload.count({ where: { id: idOf(a.url) } })).toBe(1);
  });

  it("with S3_PUBLIC_URL, GET redirects readers to the image there", async () => {
    const app = await appWith({ ...s3Settings(), S3_PUBLIC_URL: "https://cdn.example/images/" });
    const id = idOf((await app.upload(await uniquePng())).url);
    const res = await requestImage(app.GET, id);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`https://cdn.example/images/${id}`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("public, max-age=86400");
  });

  it("images stored in PostgreSQL before S3 was set up are still served from their rows", async () => {
    const before = await appWith({});
    const out = await before.upload(await uniquePng());
    const stored = await servedBytes(before.GET, idOf(out.url));
    const after = await appWith({ ...s3Settings(), S3_PUBLIC_URL: "https://cdn.example" });
    expect(await servedBytes(after.GET, idOf(out.url))).toEqual(stored);
    expect(await keysInBucket()).not.toContain(idOf(out.url));
  });

  it("a row whose object is missing is 404", async () => {
    const app = await appWith(s3Settings());
    const id = randomBytes(32).toString("hex");
    await db.upload.create({ data: { id, mimeType: "image/png", width: 1, height: 1, size: 1 } });
    expect((await requestImage(app.GET, id)).status).toBe(404);
  });

  it("an unreachable bucket: the upload is 503 and leaves no row; reading is 503", async () => {
    const stored = idOf((await (await appWith(s3Settings())).upload(await uniquePng())).url);
    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as { port: number };
        probe.close(() => resolve(port));
      });
    });
    const app = await appWith({ ...s3Settings(), S3_ENDPOINT: `http://127.0.0.1:${closed}` });
    const uploader = w.users.otherInstructor; // uploads nothing else here: their rows are this upload's
    expect(await failure(app.upload(await uniquePng(), uploader))).toBe("unavailable");
    expect(await db.upload.count({ where: { uploaderId: uploader.id } })).toBe(0);
    const res = await requestImage(app.GET, stored);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });
});

describe("S3 settings", () => {
  const issues = (settings: Record<string, string>) =>
    (EnvSchema.safeParse(settings).error?.issues ?? []).map((i) => i.path.join("."));

  it("are refused without S3_BUCKET, with half a key pair, or with an http CDN", () => {
    expect(issues({ S3_ENDPOINT: "http://127.0.0.1:9000" })).toEqual(["S3_BUCKET"]);
    expect(issues({ S3_BUCKET: "b", S3_ACCESS_KEY_ID: "key" })).toEqual(["S3_SECRET_ACCESS_KEY"]);
    expect(issues({ S3_BUCKET: "b", S3_PUBLIC_URL: "http://cdn.example" })).toEqual(["S3_PUBLIC_URL"]);
    expect(issues({ ...s3Settings(), S3_PUBLIC_URL: "https://cdn.example" })).toEqual([]);
    expect(EnvSchema.parse({ S3_BUCKET: "b" })).toMatchObject({ S3_REGION: "us-east-1", S3_FORCE_PATH_STYLE: false });
  });
});
