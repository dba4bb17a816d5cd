// GET|PATCH /api/me — the caller's own account
import { getProfile, updateProfile } from "@/lib/accounts/profile";
import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";

export const GET = route(accounts.getMe, async ({ user }) => Response.json(await getProfile(user)));

export const PATCH = route(accounts.updateMe, async ({ user, body }) => Response.json(await updateProfile(user, body)));
