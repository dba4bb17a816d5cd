import { PasswordChangeSchema, ProfilePatchSchema } from "@/lib/accounts/schema";
import { endpoint } from "@/lib/api/endpoint";
import { RegisterSchema } from "@/lib/auth/schema";
import { MyEssaysQuerySchema, MyPageQuerySchema } from "@/lib/me";
import { MarkReadSchema } from "@/lib/notifications";

// Accounts and notifications. Sign-in and sign-out are next-auth's own endpoints under /api/auth.

export const register = endpoint({
  method: "POST",
  path: "/api/register",
  tag: "accounts",
  summary: "Create an account",
  who: "anyone (per client address limit)",
  auth: "anyone",
  limit: "register",
  body: RegisterSchema,
  ok: { status: 201, description: "the new user, without password fields" },
  errors: [409],
});

export const listNotifications = endpoint({
  method: "GET",
  path: "/api/notifications",
  tag: "accounts",
  summary: "Own notifications, newest first, with unreadCount",
  who: "signed in",
  auth: "user",
  ok: { status: 200, description: "{items, unreadCount}" },
});

export const markNotificationsRead = endpoint({
  method: "POST",
  path: "/api/notifications/read",
  tag: "accounts",
  summary: "Mark notifications read: {ids} or {all: true}",
  who: "signed in",
  auth: "user",
  limit: "write",
  body: MarkReadSchema,
  ok: { status: 200, description: "{unreadCount}" },
});

// The caller's own activity (/me), a page at a time after the page's first: only their own rows.

export const listMyComments = endpoint({
  method: "GET",
  path: "/api/me/comments",
  tag: "accounts",
  summary: "Own comments, newest first, with where each stands, a page at a time",
  who: "signed in",
  auth: "user",
  query: MyPageQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
});

export const listMyReplies = endpoint({
  method: "GET",
  path: "/api/me/replies",
  tag: "accounts",
  summary: "Own replies, newest first, a page at a time",
  who: "signed in",
  auth: "user",
  query: MyPageQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
});

export const listMyEssays = endpoint({
  method: "GET",
  path: "/api/me/essays",
  tag: "accounts",
  summary: "Own reflections in every course, newest change first, a page at a time",
  who: "signed in",
  auth: "user",
  query: MyEssaysQuerySchema,
  ok: { status: 200, description: "{items, nextCursor}" },
});

// The caller's own account (/settings). Sessions end by raising the account's session version.

export const getMe = endpoint({
  method: "GET",
  path: "/api/me",
  tag: "accounts",
  summary: "Own account: {id, email, name, avatarUrl, locale, timeZone, mail: {featured, answered, essays, digest}}",
  who: "signed in",
  auth: "user",
  ok: { status: 200, description: "the account" },
});

export const updateMe = endpoint({
  method: "PATCH",
  path: "/api/me",
  tag: "accounts",
  summary:
    "Change any of name (trimmed, 1..60), locale, timeZone (IANA; null: the browser's), mail switches; avatarUrl: null removes the avatar",
  who: "signed in",
  auth: "user",
  limit: "write",
  body: ProfilePatchSchema,
  ok: { status: 200, description: "the account" },
});

export const changePassword = endpoint({
  method: "POST",
  path: "/api/me/password",
  tag: "accounts",
  summary: "Change the password (sign-up rules); every other session ends, this one gets a fresh cookie",
  who: "signed in, knowing the current password",
  auth: "user",
  limit: "passwordChange",
  body: PasswordChangeSchema,
  ok: { status: 204, description: "changed" },
  errors: [403],
});

export const signOutEverywhere = endpoint({
  method: "POST",
  path: "/api/me/sign-out-everywhere",
  tag: "accounts",
  summary: "End every session of the account, this one included",
  who: "signed in",
  auth: "user",
  limit: "write",
  ok: { status: 204, description: "every session ended" },
});

export const uploadAvatar = endpoint({
  method: "POST",
  path: "/api/me/avatar",
  tag: "accounts",
  summary: "Set the avatar (multipart field file, as POST /api/uploads): cropped to the centre square, 256 px WebP",
  who: "signed in",
  auth: "user",
  limit: "upload",
  upload: true,
  ok: { status: 200, description: "the account, avatarUrl pointing at /api/uploads/{id}" },
});
