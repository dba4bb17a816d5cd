"use client";

import type { SimilarQuestionDTO, SimilarQuestionsDTO } from "@/lib/comments/similar-schema";
import { SIMILAR_MIN_LENGTH, SIMILAR_QUERY_MAX_LENGTH } from "@/lib/comments/similar-schema";
import { useEffect, useState } from "react";

// Asks the server, while a draft is being written, which answered questions it resembles.
// Typing is never held up: one request ~400 ms after the writer pauses, the previous one
// cancelled, and any failure simply shows nothing (suggestions are a help, not a step).

const DEBOUNCE_MS = 400;
/** The composer has room for this many; the API may send a few more. */
export const SHOWN_SUGGESTIONS = 3;

/** What of a draft is sent: trimmed, at most the server's limit, never half a surrogate pair or a NUL. */
export function questionOf(draft: string): string {
  let q = draft.replace(/\u0000/g, "").trim();
  if (q.length > SIMILAR_QUERY_MAX_LENGTH) q = q.slice(0, SIMILAR_QUERY_MAX_LENGTH).replace(/[\uD800-\uDBFF]$/, "");
  return q;
}

/** Whether the draft says enough to compare (a Chinese character counts as one). */
export const isLongEnough = (q: string) => Array.from(q).length >= SIMILAR_MIN_LENGTH;

export function useSimilarQuestions(articleId: string, draft: string, isEnabled: boolean): SimilarQuestionDTO[] {
  const [found, setFound] = useState<{ q: string; items: SimilarQuestionDTO[] }>({ q: "", items: [] });
  const q = questionOf(draft);
  const isWanted = isEnabled && isLongEnough(q);

  useEffect(() => {
    if (!isWanted) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/articles/${encodeURIComponent(articleId)}/similar?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
          cache: "no-store",
        });
        if (!res.ok) return setFound({ q, items: [] });
        const data = (await res.json()) as SimilarQuestionsDTO;
        setFound({ q, items: data.items.slice(0, SHOWN_SUGGESTIONS) });
      } catch {
        // Aborted by the next keystroke, or offline: nothing to show for this draft.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [articleId, q, isWanted]);

  // Suggestions for an earlier draft stay until the newer one is answered, so the list does not
  // flicker while typing on; they go at once when the draft no longer asks (too short, dismissed),
  // and are forgotten then, so the next draft does not start with the last one's.
  if (!isWanted && found.items.length > 0) setFound({ q: "", items: [] });
  return isWanted ? found.items : [];
}
