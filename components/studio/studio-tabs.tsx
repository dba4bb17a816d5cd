"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = [
  { key: "queue", href: "/studio" },
  { key: "essays", href: "/studio/essays" },
  { key: "reports", href: "/studio/reports" },
  { key: "analytics", href: "/studio/analytics" },
  { key: "export", href: "/studio/export" },
  { key: "blockedWords", href: "/studio/blocked-words" },
] as const;

/** The studio's sections; the current one is marked for screen readers too. */
export function StudioTabs() {
  const t = useTranslations("studio.tabs");
  const pathname = usePathname();
  const isCurrent = (href: string) =>
    href === "/studio" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <nav aria-label={t("label")} className="-mb-px overflow-x-auto">
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
  );
}
