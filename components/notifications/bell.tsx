"use client";

import { buttonQuiet } from "@/components/ui/styles";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useId, useRef, useState, type CSSProperties } from "react";
import { notificationHref, NotificationText } from "./notification-text";
import { useNotifications } from "./use-notifications";

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: unread count, and on click the latest notifications with "Mark all as read". */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const absolute = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "long", timeStyle: "short" });
  const { list, fetchedAt, hasFailed, markRead } = useNotifications();
  const [isOpen, setOpen] = useState(false);
  // On a phone the panel spans the screen just under the bell (the header may wrap onto two lines).
  const [panelTop, setPanelTop] = useState(64);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = list?.unreadCount ?? 0;

  // Escape or a click elsewhere closes the panel (Escape gives focus back to the bell).
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [isOpen]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
        onClick={(e) => {
          setPanelTop(Math.round(e.currentTarget.getBoundingClientRect().bottom + 8));
          setOpen((v) => !v);
        }}
        className="relative inline-flex h-9 w-9 items-center justify-center rounded-full text-muted transition hover:bg-black/5 hover:text-ink"
        data-testid="notification-bell"
      >
        <BellIcon />
        {unread > 0 && (
          <span
            aria-hidden="true"
            data-testid="notification-count"
            className="absolute -right-0.5 -top-0.5 min-w-[1.15rem] rounded-full bg-red-600 px-1 text-center text-[0.7rem] font-bold leading-[1.15rem] text-white tabular-nums"
          >
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {isOpen && (
        <section
          id={panelId}
          aria-label={t("title")}
          style={{ "--panel-top": `${panelTop}px` } as CSSProperties}
          className="fixed inset-x-3 top-(--panel-top) z-40 rounded-xl border border-line bg-card shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96"
        >
          <div className="flex items-center justify-between gap-2 border-b border-line px-4 py-2.5">
            <h2 className="text-sm font-semibold">{t("title")}</h2>
            <button type="button" className={buttonQuiet} disabled={unread === 0} onClick={() => void markRead()}>
              {t("markAllRead")}
            </button>
          </div>
          {list === null ? (
            <p className="px-4 py-6 text-center text-sm text-muted">{hasFailed ? t("loadError") : t("loading")}</p>
          ) : list.items.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-muted">{t("empty")}</p>
          ) : (
            <ul className="max-h-[min(24rem,60vh)] divide-y divide-line overflow-y-auto">
              {list.items.map((n) => {
                const href = notificationHref(n);
                const text = (
                  <span className="flex gap-2.5">
                    <span
                      aria-hidden="true"
                      className={`mt-2 h-2 w-2 shrink-0 rounded-full ${n.isRead ? "bg-transparent" : "bg-accent"}`}
                    />
                    <span className="min-w-0 text-sm">
                      {!n.isRead && <span className="sr-only">{t("unread")} </span>}
                      <NotificationText item={n} />
                      <span className="mt-0.5 block text-xs text-muted">
                        {/* Inside a link: the link takes the focus, so the absolute date is its title and read out. */}
                        <time dateTime={n.createdAt} title={absolute(n.createdAt)}>
                          {format.relativeTime(new Date(n.createdAt), fetchedAt)}
                          <span className="sr-only"> ({absolute(n.createdAt)})</span>
                        </time>
                      </span>
                    </span>
                  </span>
                );
                return (
                  <li key={n.id}>
                    {href ? (
                      <Link
                        href={href}
                        className={`block px-4 py-3 hover:bg-paper ${n.isRead ? "" : "bg-accent-soft/40"}`}
                        onClick={() => {
                          if (!n.isRead) void markRead([n.id]);
                          setOpen(false);
                        }}
                      >
                        {text}
                      </Link>
                    ) : (
                      <div className="px-4 py-3">{text}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <div className="border-t border-line px-4 py-2.5 text-right">
            <Link
              href="/me"
              className="text-sm font-medium text-accent-strong hover:underline"
              onClick={() => setOpen(false)}
            >
              {t("seeAll")}
            </Link>
          </div>
        </section>
      )}
    </div>
  );
}
