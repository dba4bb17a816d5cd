import { AppError } from "@/lib/errors";
import "server-only";
import sharp from "sharp";

// Turning untrusted bytes into an image we are willing to serve. The format is decided from
// the content alone (libvips sniffs it); the file name and the declared type are never read.
// Whatever was accepted is decoded and re-encoded, so nothing of the original file survives
// but its pixels: no EXIF (GPS, camera serial), no ICC or XMP, no comments, no trailing bytes
// of a polyglot.

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The long side of a stored image, in pixels; larger images are scaled down. */
export const MAX_IMAGE_SIDE = 2560;
// NOTE: decoding cost grows with pixels, not bytes: a 5 MB PNG can hold 16k × 16k pixels of
// one colour (a decompression bomb). Refuse above this before decoding anything.
const MAX_INPUT_PIXELS = 50_000_000;
// Animations stay animated when small enough to re-encode quickly; otherwise only the first frame.
const MAX_FRAMES = 100;
const MAX_ANIMATION_PIXELS = 25_000_000; // width × height × frames

const FORMATS = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
} as const;
type Format = keyof typeof FORMATS;
const isAllowed = (format: string | undefined): format is Format => !!format && Object.hasOwn(FORMATS, format);

export type EncodedImage = { bytes: Buffer; mimeType: string; width: number; height: number };

const unsupported = () =>
  new AppError("unsupported_media_type", "Upload a PNG, JPEG, WebP or GIF image of at most 5 MB.");

/** Checks `input` is a PNG, JPEG, WebP or GIF by its content and re-encodes it (see above). */
export async function reencodeImage(input: Buffer): Promise<EncodedImage> {
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || !isAllowed(meta.format) || !meta.width || !meta.height) throw unsupported();
  const frames = meta.pages ?? 1;
  const frameHeight = meta.pageHeight ?? meta.height;
  if (meta.width * frameHeight > MAX_INPUT_PIXELS) {
    throw new AppError("payload_too_large", "The image has too many pixels.");
  }
  const isAnimated = frames > 1 && frames <= MAX_FRAMES && meta.width * frameHeight * frames <= MAX_ANIMATION_PIXELS;

  const pipeline = sharp(input, {
    animated: isAnimated,
    autoOrient: true, // EXIF orientation is applied to the pixels, then dropped with the rest
    limitInputPixels: isAnimated ? MAX_ANIMATION_PIXELS : MAX_INPUT_PIXELS,
    failOn: "error",
  }).resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
  const encoded = {
    png: () => pipeline.png({ compressionLevel: 9 }),
    jpeg: () => pipeline.jpeg({ quality: 85, mozjpeg: true }),
    webp: () => pipeline.webp({ quality: 85 }),
    gif: () => pipeline.gif(),
  }[meta.format];
  const { data, info } = await encoded()
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw unsupported(); // truncated or corrupt past the header
    });
  return {
    bytes: data,
    mimeType: FORMATS[meta.format],
    width: info.width,
    height: isAnimated ? (info.pageHeight ?? info.height) : info.height,
  };
}
