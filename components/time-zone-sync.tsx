"use client";

import { TIME_ZONE_COOKIE } from "@/lib/accounts/time-zones";
import { useRouter } from "next/navigation";
import { useEffect } from "react";

/**
 * Tells the server which zone this browser is in (a cookie), so dates show in it from the next
 * page on. When this page's dates were written for another zone than the browser's and the
 * account saved none, the page is refreshed once, in place (the first page of a new browser).
 */
export function TimeZoneSync({ zone, isSaved }: { zone: string; isSaved: boolean }) {
  const router = useRouter();
  useEffect(() => {
    const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browser) return;
    const reported = document.cookie.match(new RegExp(`(?:^|; )${TIME_ZONE_COOKIE}=([^;]*)`))?.[1];
    if (reported === encodeURIComponent(browser)) return; // said already: refresh at most once
    document.cookie = `${TIME_ZONE_COOKIE}=${encodeURIComponent(browser)}; path=/; max-age=31536000; samesite=lax`;
    if (!isSaved && zone !== browser) router.refresh();
  }, [zone, isSaved, router]);
  return null;
}
