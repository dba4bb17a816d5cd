import { AppError } from "@/lib/errors";
import { IMAGE_FORMATS } from "@/lib/uploads/image-types";
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

type Format = keyof typeof IMAGE_FORMATS;
const isAllowed = (format: string | undefined): format is Format => !!format && Object.hasOwn(IMAGE_FORMATS, format);

export type EncodedImage = { bytes: Buffer; mimeType: string; width: number; height: number };

const unsupported = () =>
  new AppError("unsupported_media_type", "Upload a PNG, JPEG, WebP or GIF image of at most 5 MB.");

/** The image's metadata once its format and size are acceptable (see above). */
async function inspect(input: Buffer) {
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta || !isAllowed(meta.format) || !meta.width || !meta.height) throw unsupported();
  const frameHeight = meta.pageHeight ?? meta.height;
  if (meta.width * frameHeight > MAX_INPUT_PIXELS) {
    throw new AppError("payload_too_large", "The image has too many pixels.");
  }
  return { format: meta.format, width: meta.width, frameHeight, frames: meta.pages ?? 1 };
}

/** Checks `input` is a PNG, JPEG, WebP or GIF by its content and re-encodes it (see above). */
export async function reencodeImage(input: Buffer): Promise<EncodedImage> {
  const meta = await inspect(input);
  const { frames, frameHeight } = meta;
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
    mimeType: IMAGE_FORMATS[meta.format],
    width: info.width,
    height: isAnimated ? (info.pageHeight ?? info.height) : info.height,
  };
}

/** The side of an avatar, in pixels: twice the largest size it is shown at, for sharp screens. */
export const AVATAR_SIDE = 256;

/**
 * An avatar from any accepted image: its first frame, cropped to the centre square (as the
 * settings page previews it) and scaled to AVATAR_SIDE, as a small WebP.
 */
export async function reencodeAvatar(input: Buffer): Promise<EncodedImage> {
  await inspect(input);
  const { data, info } = await sharp(input, { autoOrient: true, limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
    .resize({ width: AVATAR_SIDE, height: AVATAR_SIDE, fit: "cover", position: "centre" })
    .webp({ quality: 82 })
    .toBuffer({ resolveWithObject: true })
    .catch(() => {
      throw unsupported();
    });
  return { bytes: data, mimeType: "image/webp", width: info.width, height: info.height };
}
