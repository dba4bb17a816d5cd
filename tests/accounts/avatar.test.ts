import { GET } from "@/app/api/uploads/[id]/route";
import { uploadAvatar } from "@/lib/accounts/avatar";
import { AVATAR_SIDE } from "@/lib/uploads/image";
import sharp from "sharp";
import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "../../prisma/factories";
import { createWorld, type World } from "../../prisma/world";
import { idOf, multipart, servedBytes } from "../uploads/support";

// Avatars go through the uploads (same checks and storage), cropped to their centre square
// and re-encoded small; the account then points at the result.

const db = connect(process.env.DATABASE_URL!);
let w: World;
beforeAll(async () => {
  w = await createWorld(db);
});
afterAll(() => db.$disconnect());

async function avatarOf(bytes: Buffer, name: string, type: string) {
  const { body, contentType } = await multipart(bytes, name, type);
  return uploadAvatar(w.users.member, body, contentType);
}

it("a tall photo becomes its centre square, 256 px, as WebP without EXIF, and the account's avatar", async () => {
  const tall = await sharp({ create: { width: 300, height: 900, channels: 3, background: { r: 0, g: 0, b: 255 } } })
    .composite([
      { input: { create: { width: 300, height: 300, channels: 3, background: "#00ff00" } }, left: 0, top: 300 },
    ])
    .jpeg()
    .withExif({ IFD0: { Artist: "Someone Private" } })
    .toBuffer();
  const profile = await avatarOf(tall, "me.jpg", "image/jpeg");
  expect(profile.avatarUrl).toMatch(/^\/api\/uploads\/[0-9a-f]{64}$/);
  const bytes = await servedBytes(GET, idOf(profile.avatarUrl!));
  const meta = await sharp(bytes).metadata();
  expect([meta.format, meta.width, meta.height, meta.exif]).toEqual(["webp", AVATAR_SIDE, AVATAR_SIDE, undefined]);
  const { dominant } = await sharp(bytes).stats();
  expect(dominant.g).toBeGreaterThan(200);
  expect(dominant.b).toBeLessThan(60);
  expect((await db.user.findUniqueOrThrow({ where: { id: w.users.member.id } })).avatarUrl).toBe(profile.avatarUrl);
});

it("an animated GIF keeps its first frame; anything but an image is refused and the avatar stays", async () => {
  const frames = await Promise.all(
    [255, 0].map((r) =>
      sharp({ create: { width: 40, height: 40, channels: 3, background: { r, g: 0, b: 0 } } })
        .png()
        .toBuffer(),
    ),
  );
  const gif = await sharp(frames, { join: { animated: true } })
    .gif()
    .toBuffer();
  const profile = await avatarOf(gif, "anim.gif", "image/gif");
  const meta = await sharp(await servedBytes(GET, idOf(profile.avatarUrl!))).metadata();
  expect([meta.pages ?? 1, meta.width]).toEqual([1, AVATAR_SIDE]);

  await expect(
    avatarOf(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "x.png", "image/png"),
  ).rejects.toMatchObject({ code: "unsupported_media_type" });
  expect((await db.user.findUniqueOrThrow({ where: { id: w.users.member.id } })).avatarUrl).toBe(profile.avatarUrl);
});
