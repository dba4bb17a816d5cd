"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, buttonSecondary, card, errorText, field, label } from "@/components/ui/styles";
import {
  COURSE_SUMMARY_MAX_LENGTH,
  COURSE_TITLE_MAX_LENGTH,
  TRIAL_LESSONS_MAX,
  type CourseSettingsDTO,
} from "@/lib/courses/settings-schema";
import { IMAGE_ACCEPT } from "@/lib/uploads/image-types";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";

type Editable = Pick<
  CourseSettingsDTO,
  "title" | "summary" | "coverUrl" | "enrollment" | "trialLessons" | "repliesNeedCuration"
>;

/** Title, summary, cover, enrollment and reply curation of a course; saved together, kept as typed on failure. */
export function CourseSettingsForm({ course }: { course: CourseSettingsDTO }) {
  const t = useTranslations("workspace.settings");
  const describe = useApiError();
  const router = useRouter();
  const id = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState<Editable>(course);
  const [trialText, setTrialText] = useState(String(course.trialLessons));
  const [busy, setBusy] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<Editable>) => {
    setForm((f) => ({ ...f, ...change }));
    setSaved(false);
  };

  async function uploadCover(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError(null);
    const body = new FormData();
    body.append("file", file);
    const res = await callApi<{ url: string }>("/api/uploads", "POST", body);
    setUploading(false);
    if (!res.ok)
      return setError(
        describe(res, { unsupported_media_type: t("coverUnsupported"), payload_too_large: t("coverTooLarge") }),
      );
    set({ coverUrl: res.data.url });
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const title = form.title.trim();
    if (!title) return setError(t("titleRequired"));
    const trialLessons = Number(trialText);
    if (
      form.enrollment === "invite" &&
      !(Number.isInteger(trialLessons) && trialLessons >= 0 && trialLessons <= TRIAL_LESSONS_MAX)
    )
      return setError(t("trialInvalid", { max: TRIAL_LESSONS_MAX }));
    setBusy(true);
    setError(null);
    const res = await callApi<CourseSettingsDTO>(`/api/courses/${course.slug}`, "PATCH", {
      title,
      summary: form.summary.trim(),
      coverUrl: form.coverUrl,
      enrollment: form.enrollment,
      ...(form.enrollment === "invite" && { trialLessons }),
      repliesNeedCuration: form.repliesNeedCuration,
    });
    setBusy(false);
    if (!res.ok) return setError(describe(res));
    setSaved(true);
    router.refresh(); // the workspace header shows the new title
  }

  return (
    <form onSubmit={submit} noValidate className={`${card} space-y-5 p-5 sm:p-6`} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="text-xl font-bold tracking-tight">
        {t("title")}
      </h2>
      <div className="space-y-1">
        <label htmlFor={`${id}-title`} className={label}>
          {t("courseTitle")}
        </label>
        <input
          id={`${id}-title`}
          value={form.title}
          maxLength={COURSE_TITLE_MAX_LENGTH}
          onChange={(e) => set({ title: e.target.value })}
          className={field}
          autoComplete="off"
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-summary`} className={label}>
          {t("summary")}
        </label>
        <textarea
          id={`${id}-summary`}
          value={form.summary}
          maxLength={COURSE_SUMMARY_MAX_LENGTH}
          rows={4}
          onChange={(e) => set({ summary: e.target.value })}
          className={field}
        />
      </div>
      <fieldset className="space-y-2">
        <legend className={label}>{t("cover")}</legend>
        {form.coverUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- an upload of this app or an https image
          <img
            src={form.coverUrl}
            alt={t("coverPreview")}
            className="aspect-[16/7] w-full max-w-md rounded-lg border border-line object-cover"
          />
        ) : (
          <p className="text-sm text-muted">{t("noCover")}</p>
        )}
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonSecondary}
            disabled={uploading}
            onClick={() => picker.current?.click()}
          >
            {uploading ? t("uploading") : form.coverUrl ? t("replaceCover") : t("uploadCover")}
          </button>
          {form.coverUrl && (
            <button type="button" className={buttonSecondary} onClick={() => set({ coverUrl: null })}>
              {t("removeCover")}
            </button>
          )}
          <input
            ref={picker}
            type="file"
            accept={IMAGE_ACCEPT}
            hidden
            aria-hidden="true"
            tabIndex={-1}
            onChange={(e) => {
              void uploadCover(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className={label}>{t("enrollment")}</legend>
        {(["open", "invite"] as const).map((value) => (
          <label
            key={value}
            className="flex gap-3 rounded-lg border border-line p-3 has-[:checked]:border-accent has-[:checked]:bg-accent-soft/40"
          >
            <input
              type="radio"
              name={`${id}-enrollment`}
              value={value}
              checked={form.enrollment === value}
              onChange={() => set({ enrollment: value })}
              className="mt-1 accent-[var(--color-accent)]"
            />
            <span>
              <span className="block font-medium">{t(`${value}Label`)}</span>
              <span className="block text-sm text-muted">{t(`${value}Hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {form.enrollment === "invite" && (
        <div className="space-y-1">
          <label htmlFor={`${id}-trial`} className={label}>
            {t("trialLessons")}
          </label>
          <input
            id={`${id}-trial`}
            type="number"
            inputMode="numeric"
            min={0}
            max={TRIAL_LESSONS_MAX}
            value={trialText}
            onChange={(e) => {
              setTrialText(e.target.value);
              setSaved(false);
            }}
            aria-describedby={`${id}-trial-hint`}
            className={`${field} w-32`}
          />
          <p id={`${id}-trial-hint`} className="text-sm text-muted">
            {t("trialHint")}
          </p>
        </div>
      )}
      <div className="flex gap-3">
        <input
          id={`${id}-replies`}
          type="checkbox"
          checked={form.repliesNeedCuration}
          onChange={(e) => set({ repliesNeedCuration: e.target.checked })}
          aria-describedby={`${id}-replies-hint`}
          className="mt-1 size-4 accent-[var(--color-accent)]"
        />
        <div>
          <label htmlFor={`${id}-replies`} className="font-medium">
            {t("repliesNeedCuration")}
          </label>
          <p id={`${id}-replies-hint`} className="text-sm text-muted">
            {t("repliesNeedCurationHint")}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-line pt-4">
        <button type="submit" className={buttonPrimary} disabled={busy || uploading}>
          {busy ? t("saving") : t("save")}
        </button>
        <p role="status" className="text-sm text-accent-strong">
          {saved && t("saved")}
        </p>
        {error && (
          <p role="alert" className={`${errorText} w-full`}>
            {error}
          </p>
        )}
      </div>
    </form>
  );
}
