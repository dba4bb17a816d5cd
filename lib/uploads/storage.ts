import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import "server-only";

// Where an upload's bytes live. Its row in `uploads` (type, size, uploader) is always in
// PostgreSQL; the bytes go into that row's `bytes` column by default, so any number of app
// servers need nothing but the database, or into an S3-compatible bucket when S3_BUCKET is set
// (docs/deploy.md "Uploads"). Either way an image is keyed by the sha256 of its bytes and
// never changes.

/** What GET /api/uploads/{id} sends: the bytes, a stream of them, or where to fetch them. */
export type UploadBody =
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "stream"; stream: ReadableStream<Uint8Array>; size?: number }
  | { kind: "redirect"; url: string };

export interface UploadStorage {
  /** Keeps a new image's bytes; returns what its row's `bytes` column holds (null: they are elsewhere). */
  save(id: string, bytes: Uint8Array<ArrayBuffer>, mimeType: string): Promise<Uint8Array<ArrayBuffer> | null>;
  /** The bytes of an image whose row holds none. */
  open(id: string): Promise<UploadBody>;
}

/** An image's bytes never change under its id: every copy may be cached for good. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

const notFound = () => new AppError("not_found", "No such image.");

const postgresStorage: UploadStorage = {
  save: async (_id, bytes) => bytes,
  open: async () => {
    // The row was written while S3_BUCKET was set, and this server has no bucket to read from.
    throw new AppError("unavailable", "This image is in object storage, which this server is not set up for.");
  },
};

const storageDown = (err: unknown) => {
  log.warn({ err: err instanceof Error ? err.message : String(err) }, "object storage unavailable");
  return new AppError("unavailable", "Image storage cannot be reached. Please try again.", { "Retry-After": "5" });
};

function s3Storage(bucket: string): UploadStorage {
  const client = new S3Client({
    region: env.S3_REGION,
    endpoint: env.S3_ENDPOINT,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined, // the SDK's own chain: AWS_* variables, an instance or task role
    // Checksums only where S3 demands them: several S3-compatible stores refuse the SDK's
    // default ones. The key is the content's sha256 already.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    // An unreachable or stalled store fails the request instead of holding it open.
    requestHandler: { connectionTimeout: 5_000, socketTimeout: 60_000 },
  });
  const publicUrl = env.S3_PUBLIC_URL?.replace(/\/+$/, "");
  return {
    async save(id, bytes, mimeType) {
      const put = new PutObjectCommand({
        Bucket: bucket,
        Key: id,
        Body: bytes,
        ContentType: mimeType,
        CacheControl: IMMUTABLE_CACHE,
        ContentDisposition: "inline",
      });
      await client.send(put).catch((err: unknown) => {
        throw storageDown(err);
      });
      return null;
    },
    async open(id) {
      if (publicUrl) return { kind: "redirect", url: `${publicUrl}/${id}` };
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: id })).catch((err: unknown) => {
        throw err instanceof NoSuchKey ? notFound() : storageDown(err);
      });
      if (!object.Body) throw notFound();
      return { kind: "stream", stream: object.Body.transformToWebStream(), size: object.ContentLength };
    },
  };
}

let configured: UploadStorage | undefined;

/** The storage this server is set up with: S3 when S3_BUCKET is set, else PostgreSQL. */
export function uploadStorage(): UploadStorage {
  configured ??= env.S3_BUCKET ? s3Storage(env.S3_BUCKET) : postgresStorage;
  return configured;
}
