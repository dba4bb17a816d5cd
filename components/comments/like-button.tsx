"use client";

import { errorText } from "@/components/ui/styles";
import type { LikeResultDTO } from "@/lib/comments/schema";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { callApi } from "./api";
import { useDiscussion } from "./discussion-context";
import { useApiErrorMessage } from "./use-messages";

type Like = { liked: boolean; count: number };

/** A comment you like never shows fewer than your own one like. */
const shown = (liked: boolean, count: number): Like => ({ liked, count: Math.max(count, liked ? 1 : 0) });

/**
 * Optimistic like: flips at once, then settles to the server's answer. Only the latest
 * click decides what is shown; on its failure the last confirmed state comes back.
 * Live counts (a new `count` from other viewers' likes) are adopted as they come, except
 * while this viewer's click is in flight: its answer is newer and settles it.
 */
export function LikeButton({ commentId, liked, count }: { commentId: string; liked: boolean; count: number }) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const router = useRouter();
  const describe = useApiErrorMessage();
  const { access, signInHref } = useDiscussion();
  // NOTE: list counts may lag a like by a fold interval (lib/comments/like-folder.ts).
  const [view, setView] = useState<Like>(() => shown(liked, count));
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [seen, setSeen] = useState({ liked, count });
  const confirmed = useRef<Like>({ liked, count });
  const latest = useRef(0);

  if (seen.liked !== liked || seen.count !== count) {
    // The shared truth moved: a live count, or a fresh copy of the comment. Whether this
    // viewer likes it changes only when the server says so (`liked` itself changed).
    setSeen({ liked, count });
    if (!isBusy) setView((v) => shown(seen.liked !== liked ? liked : v.liked, count));
  }
  useEffect(() => {
    confirmed.current = { ...confirmed.current, count };
  }, [count]);
  useEffect(() => {
    confirmed.current = { ...confirmed.current, liked };
  }, [liked]);

  async function toggle() {
    if (access.role === "visitor") return router.push(signInHref);
    if (!access.canParticipate) return setMessage({ text: t("joinToParticipate"), isError: false });
    const next = !view.liked;
    const request = ++latest.current;
    setMessage(null);
    setBusy(true);
    setView({ liked: next, count: Math.max(0, view.count + (next ? 1 : -1)) });
    const res = await callApi<LikeResultDTO>(`/api/comments/${commentId}/like`, next ? "PUT" : "DELETE");
    if (res.ok) confirmed.current = { liked: res.data.liked, count: res.data.likeCount };
    if (request !== latest.current) return; // a newer click is in flight and will settle
    setBusy(false);
    setView(shown(confirmed.current.liked, confirmed.current.count));
    if (!res.ok) setMessage({ text: describe(res), isError: true });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        aria-pressed={view.liked}
        onClick={toggle}
        className="inline-flex items-center gap-1.5 rounded-full border border-line px-3 py-1 text-sm text-muted transition hover:border-accent hover:text-accent-strong aria-pressed:border-accent aria-pressed:bg-accent-soft aria-pressed:text-accent-strong"
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4"
          fill={view.liked ? "currentColor" : "none"}
          stroke="currentColor"
          strokeWidth="2"
        >
          <path
            d="M7 10v11H3V10h4Zm0 0 4-8a3 3 0 0 1 3 3v4h5.5a2 2 0 0 1 2 2.3l-1.4 8A2 2 0 0 1 18.1 21H7"
            strokeLinejoin="round"
          />
        </svg>
        <span className="sr-only">{t("like")} </span>
        <span className="tabular-nums">{format.number(view.count)}</span>
      </button>
      {message &&
        (message.isError ? (
          <span role="alert" className={errorText}>
            {message.text}
          </span>
        ) : (
          <span role="status" className="text-sm text-muted">
            {message.text}
          </span>
        ))}
    </span>
  );
}
