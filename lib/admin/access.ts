import type { CurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";

/** 403 unless `user` is an admin: the one check every /api/admin/* call and /admin page makes. */
export function assertAdmin(user: CurrentUser): void {
  if (user.role !== "ADMIN") throw new AppError("forbidden", "Only administrators may do this.");
}
