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
