"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

const TABS = ["lessons", "settings", "members", "invites"] as const;

/** The course workspace's sections; Lessons stays current inside the lesson editor. */
export function CourseTabs({ slug }: { slug: string }) {
  const t = useTranslations("workspace.tabs");
  const pathname = usePathname();
  const root = `/studio/courses/${slug}`;
  const hrefOf = (tab: (typeof TABS)[number]) => (tab === "lessons" ? root : `${root}/${tab}`);
  const isCurrent = (tab: (typeof TABS)[number]) =>
    tab === "lessons"
      ? pathname === root || pathname.startsWith(`${root}/lessons/`)
      : pathname === hrefOf(tab) || pathname.startsWith(`${hrefOf(tab)}/`);
  return (
    <nav aria-label={t("label")} className="-mb-px overflow-x-auto">
      <ul className="flex gap-1 whitespace-nowrap">
        {TABS.map((tab) => (
          <li key={tab}>
            <Link
              href={hrefOf(tab)}
              aria-current={isCurrent(tab) ? "page" : undefined}
              className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted transition hover:border-line hover:text-ink aria-[current=page]:border-accent aria-[current=page]:text-accent-strong"
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
