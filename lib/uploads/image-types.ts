// The image formats an upload may be, by the name libvips gives each: one list for the server
// that checks uploads (lib/uploads/image.ts) and the file pickers that offer them.
export const IMAGE_FORMATS = {
  png: "image/png",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
} as const;

/** The `accept` of a file input that offers exactly these. */
export const IMAGE_ACCEPT = Object.values(IMAGE_FORMATS).join(",");
