"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { key: "users", href: "/admin/users" },
  { key: "courses", href: "/admin/courses" },
  { key: "audit", href: "/admin/audit" },
] as const;

/** The admin area's sections; the current one is marked for screen readers too. */
export function AdminNav() {
  const t = useTranslations("admin-users.nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("label")} className="-mb-px overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap">
        {SECTIONS.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={pathname === s.href || pathname.startsWith(`${s.href}/`) ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-2.5 text-sm font-medium text-muted transition hover:border-line hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-accent-strong"
            >
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
