"use client";

import dynamic from "next/dynamic";

// The header's controls for a signed-in reader: fetched only by pages that show them, so a
// visitor's page carries neither the notifications nor next-auth's client.

export const NotificationBell = dynamic(() => import("./notifications/bell").then((m) => m.NotificationBell));
export const SignOutButton = dynamic(() => import("./auth/sign-out-button").then((m) => m.SignOutButton));
