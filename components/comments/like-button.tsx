"use client";

import { callApi } from "@/components/ui/api";
import { errorText } from "@/components/ui/styles";
import type { LikeResultDTO } from "@/lib/comments/schema";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useReducer, useRef, useState } from "react";
import { useDiscussion } from "./discussion-context";
import { initialLikeState, likeReducer } from "./like-state";
import { useApiErrorMessage } from "./use-messages";

/**
 * Optimistic like: flips at once, then settles to the server's answer. Only the latest
 * click decides what is shown; on its failure the last confirmed state comes back.
 * Live counts (a new `count` from other viewers' likes) are adopted as they come, except
 * while this viewer's click is in flight (rules: ./like-state.ts).
 */
export function LikeButton({
  commentId,
  liked,
  count,
  canLike,
}: {
  commentId: string;
  liked: boolean;
  count: number;
  /** From the comment's `can.like`: otherwise a click asks the viewer to sign in or join. */
  canLike: boolean;
}) {
  const t = useTranslations("comments");
  const format = useFormatter();
  const router = useRouter();
  const describe = useApiErrorMessage();
  const { viewerId, signInHref } = useDiscussion();
  // NOTE: list counts may lag a like by a fold interval (lib/comments/like-folder.ts).
  const [state, dispatch] = useReducer(likeReducer, { liked, count }, initialLikeState);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const latest = useRef(0);
  if (state.shared.liked !== liked || state.shared.count !== count)
    dispatch({ type: "shared", like: { liked, count } });
  const { view } = state;

  async function toggle() {
    if (!canLike && !viewerId) return router.push(signInHref);
    if (!canLike) return setMessage({ text: t("joinToParticipate"), isError: false });
    const request = ++latest.current;
    setMessage(null);
    dispatch({ type: "click" });
    const res = await callApi<LikeResultDTO>(`/api/comments/${commentId}/like`, view.liked ? "DELETE" : "PUT");
    const isLatest = request === latest.current;
    dispatch({
      type: "answer",
      result: res.ok ? { liked: res.data.liked, count: res.data.likeCount } : null,
      isLatest,
    });
    if (!res.ok && isLatest) setMessage({ text: describe(res), isError: true });
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
