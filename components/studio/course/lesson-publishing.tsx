"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, buttonSecondary, card, errorText, field, label } from "@/components/ui/styles";
import type { LessonState, StudioLessonDTO } from "@/lib/lessons/schema";
import { useFormatter, useNow, useTimeZone, useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import { LessonStateBadge } from "./lesson-state-badge";
import { dateToZonedInput, zonedInputToDate } from "./zoned-time";

export type LessonMeta = Pick<StudioLessonDTO, "state" | "publishedAt" | "chapterId">;
export type ChapterChoice = { id: string; title: string; lessonCount: number };

type Props = {
  lessonId: string;
  courseSlug: string;
  lessonSlug: string;
  meta: LessonMeta;
  onMeta: (meta: LessonMeta) => void;
  chapters: ChapterChoice[];
  unchapteredCount: number;
  /** Saves the typed text first; false when it could not be saved (a state change then waits). */
  flush: () => Promise<boolean>;
};

type Action = { action: "publish" | "unpublish" } | { publishAt: string };

/** State (draft / scheduled / published) and chapter of the lesson, changed at once. */
export function LessonPublishing(props: Props) {
  const { lessonId, courseSlug, lessonSlug, meta, onMeta, chapters, unchapteredCount, flush } = props;
  const t = useTranslations("editor.publishing");
  const describe = useApiError();
  const format = useFormatter();
  const timeZone = useTimeZone() ?? "Asia/Shanghai";
  const now = useNow();
  const id = useId();
  const [when, setWhen] = useState(() =>
    meta.state === "scheduled" && meta.publishedAt ? dateToZonedInput(new Date(meta.publishedAt), timeZone) : "",
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function change(body: Action | { chapterId: string | null; position: number }, doneText: string) {
    setBusy(true);
    setError(null);
    setDone(null);
    if ("action" in body || "publishAt" in body) {
      if (!(await flush())) {
        setBusy(false);
        return setError(t("saveFirst"));
      }
    }
    // Every shape of PATCH /api/articles/{id} answers the lesson as the editor reads it.
    const res = await callApi<StudioLessonDTO>(`/api/articles/${lessonId}`, "PATCH", body);
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    const { state, publishedAt, chapterId } = res.data;
    onMeta({ state, publishedAt, chapterId });
    setDone(doneText);
  }

  function schedule() {
    const at = zonedInputToDate(when, timeZone);
    if (!at) return setError(t("pickTime"));
    if (at.getTime() <= now.getTime()) return setError(t("pickFuture"));
    void change(
      { publishAt: at.toISOString() },
      t("scheduledDone", { date: format.dateTime(at, { dateStyle: "medium", timeStyle: "short" }) }),
    );
  }

  const stateText: Record<LessonState, string> = {
    draft: t("draftNote"),
    scheduled: t("scheduledNote"),
    published: t("publishedNote"),
  };

  return (
    <section aria-labelledby={`${id}-h`} className={`${card} space-y-4 p-4 sm:p-5`}>
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-h`} className="font-semibold">
          {t("title")}
        </h2>
        <LessonStateBadge state={meta.state} publishedAt={meta.publishedAt} />
      </div>
      <p className="text-sm text-muted">
        {stateText[meta.state]}{" "}
        {meta.state === "published" && (
          <Link
            href={`/courses/${courseSlug}/articles/${lessonSlug}`}
            className="font-medium text-accent-strong underline"
          >
            {t("view")}
          </Link>
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        {meta.state !== "published" && (
          <button
            type="button"
            className={buttonPrimary}
            disabled={busy}
            onClick={() => void change({ action: "publish" }, t("publishedDone"))}
          >
            {t("publishNow")}
          </button>
        )}
        {meta.state !== "draft" && (
          <button
            type="button"
            className={`${buttonSecondary} py-2`}
            disabled={busy}
            onClick={() => void change({ action: "unpublish" }, t("draftDone"))}
          >
            {meta.state === "published" ? t("unpublish") : t("backToDraft")}
          </button>
        )}
      </div>
      {meta.state !== "published" && (
        <div className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor={`${id}-when`} className={label}>
              {meta.state === "scheduled" ? t("reschedule") : t("schedule")}
            </label>
            <input
              id={`${id}-when`}
              type="datetime-local"
              value={when}
              onChange={(e) => setWhen(e.target.value)}
              aria-describedby={`${id}-tz`}
              className={`${field} mt-1 py-1.5`}
            />
          </div>
          <button type="button" className={`${buttonSecondary} py-2`} disabled={busy} onClick={schedule}>
            {t("scheduleButton")}
          </button>
          <p id={`${id}-tz`} className="w-full text-xs text-muted">
            {t("timeZone", { zone: timeZone })}
          </p>
        </div>
      )}
      <div>
        <label htmlFor={`${id}-chapter`} className={label}>
          {t("chapter")}
        </label>
        <select
          id={`${id}-chapter`}
          value={meta.chapterId ?? ""}
          disabled={busy}
          onChange={(e) => {
            const chapterId = e.target.value || null;
            const target = chapters.find((c) => c.id === chapterId);
            void change(
              { chapterId, position: target?.lessonCount ?? unchapteredCount },
              t("movedDone", { chapter: target?.title ?? t("noChapter") }),
            );
          }}
          className={`${field} mt-1 py-1.5 text-sm`}
        >
          {chapters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          <option value="">{t("noChapter")}</option>
        </select>
      </div>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <p role="status" className="text-sm text-accent-strong empty:hidden">
        {done}
      </p>
    </section>
  );
}
