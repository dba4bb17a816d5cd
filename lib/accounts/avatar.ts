import { setAvatarUrl } from "@/lib/accounts/profile";
import type { ProfileDTO } from "@/lib/accounts/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { reencodeAvatar } from "@/lib/uploads/image";
import { storeUpload } from "@/lib/uploads/mutations";
import "server-only";

/**
 * POST /api/me/avatar: the image goes through the uploads of lesson images (same checks, same
 * storage, deduplicated by content), cropped to its centre square and re-encoded small
 * (lib/uploads/image.ts reencodeAvatar); the caller's avatar then points at it.
 */
export async function uploadAvatar(user: CurrentUser, body: Buffer, contentType: string | null): Promise<ProfileDTO> {
  const upload = await storeUpload(user, body, contentType, reencodeAvatar);
  return setAvatarUrl(user, upload.url);
}
