"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";

const TABS = [
  { key: "queue", href: "/studio" },
  { key: "essays", href: "/studio/essays" },
  { key: "reports", href: "/studio/reports" },
  { key: "analytics", href: "/studio/analytics" },
  { key: "health", href: "/studio/health" },
  { key: "export", href: "/studio/export" },
  { key: "blockedWords", href: "/studio/blocked-words" },
] as const;

const fade = "pointer-events-none absolute inset-y-0 w-8 from-paper to-transparent transition-opacity";

/**
 * The studio's sections; the current one is marked for screen readers too. On a narrow screen
 * the row scrolls: a fade on the side that has more tabs says so, and the current tab is
 * scrolled into view.
 */
export function StudioTabs() {
  const t = useTranslations("studio.tabs");
  const pathname = usePathname();
  const navRef = useRef<HTMLElement>(null);
  const [more, setMore] = useState({ before: false, after: false });
  const isCurrent = (href: string) =>
    href === "/studio" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

  const measure = useCallback(() => {
    const nav = navRef.current;
    if (!nav) return;
    const before = nav.scrollLeft > 1;
    const after = nav.scrollLeft + nav.clientWidth < nav.scrollWidth - 1;
    setMore((m) => (m.before === before && m.after === after ? m : { before, after }));
  }, []);

  useEffect(() => {
    const nav = navRef.current;
    if (!nav) return;
    const current = nav.querySelector<HTMLElement>('[aria-current="page"]');
    // Only the row scrolls (scrollIntoView could move the page too).
    if (current) nav.scrollLeft = current.offsetLeft - (nav.clientWidth - current.offsetWidth) / 2;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(nav);
    return () => observer.disconnect();
  }, [pathname, measure]);

  return (
    <div className="relative -mb-px">
      <nav ref={navRef} aria-label={t("label")} className="overflow-x-auto [scrollbar-width:none]" onScroll={measure}>
        <ul className="flex gap-1 whitespace-nowrap">
          {TABS.map((tab) => (
            <li key={tab.key}>
              <Link
                href={tab.href}
                aria-current={isCurrent(tab.href) ? "page" : undefined}
                className="inline-block border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-muted transition hover:border-line hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-accent-strong"
              >
                {t(tab.key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div
        aria-hidden
        data-testid="tabs-more-before"
        className={`${fade} left-0 bg-linear-to-r ${more.before ? "opacity-100" : "opacity-0"}`}
      />
      <div
        aria-hidden
        data-testid="tabs-more-after"
        className={`${fade} right-0 bg-linear-to-l ${more.after ? "opacity-100" : "opacity-0"}`}
      />
    </div>
  );
}
