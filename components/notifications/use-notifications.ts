"use client";

import { callApi } from "@/components/ui/api";
import type { NotificationDTO } from "@/lib/notifications";
import { useCallback, useEffect, useRef, useState } from "react";

export type NotificationList = { items: NotificationDTO[]; unreadCount: number };

const POLL_MS = 60_000;
/** Fired on window by anything else on the page that changes what is read (the /me page). */
export const NOTIFICATIONS_CHANGED = "jingxuan:notifications-changed";

/**
 * The signed-in user's notifications: fetched after the page loads (so no page waits for
 * them), again every minute while the tab is visible, when it becomes visible, and when
 * another part of the page says they changed.
 */
export function useNotifications() {
  const [list, setList] = useState<NotificationList | null>(null);
  const [fetchedAt, setFetchedAt] = useState(0);
  const [hasFailed, setFailed] = useState(false);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    const res = await callApi<NotificationList>("/api/notifications");
    if (request !== latest.current) return;
    setFailed(!res.ok);
    if (res.ok) {
      setList(res.data);
      setFetchedAt(Date.now());
    }
  }, []);

  useEffect(() => {
    const first = setTimeout(() => void refresh(), 0); // after hydration, not in its way
    const timer = setInterval(() => {
      if (document.visibilityState === "visible") void refresh();
    }, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const onChanged = () => void refresh();
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged);
    };
  }, [refresh]);

  /** Marks all (or the given ones) read: shown at once, confirmed by the server's count. */
  const markRead = useCallback(
    async (ids?: string[]) => {
      latest.current++; // a refresh in flight must not bring the old unread state back
      setList(
        (l) =>
          l && {
            items: l.items.map((n) => (!ids || ids.includes(n.id) ? { ...n, isRead: true } : n)),
            unreadCount: ids
              ? Math.max(0, l.unreadCount - l.items.filter((n) => ids.includes(n.id) && !n.isRead).length)
              : 0,
          },
      );
      const res = await callApi<{ unreadCount: number }>(
        "/api/notifications/read",
        "POST",
        ids ? { ids } : { all: true },
      );
      if (res.ok) setList((l) => l && { ...l, unreadCount: res.data.unreadCount });
      else void refresh();
      return res.ok;
    },
    [refresh],
  );

  return { list, fetchedAt, hasFailed, refresh, markRead };
}
