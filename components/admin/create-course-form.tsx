"use client";

import { COURSE_FIELDS, courseFieldsWithIssues, type CourseField } from "@/components/admin/course-form-errors";
import { CoverUpload } from "@/components/admin/cover-upload";
import { EnrollmentChoice } from "@/components/admin/enrollment-choice";
import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, errorText, field, label } from "@/components/ui/styles";
import { CreateCourseSchema, type CourseSettingsDTO } from "@/lib/courses/settings-schema";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";

type Errors = Partial<Record<CourseField, string>>;

/** The admin's "open a course" form; on success the studio of the new course opens. */
export function CreateCourseForm() {
  const t = useTranslations("admin.create");
  const router = useRouter();
  const describe = useApiError();
  const [coverUrl, setCoverUrl] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  const showErrors = (found: Errors) => {
    setErrors(found);
    // Take the reader (and a screen reader) to the first field that needs a change.
    const first = COURSE_FIELDS.find((f) => found[f]);
    if (first) requestAnimationFrame(() => document.getElementById(`course-${first}`)?.focus());
  };
  const showIssues = (fields: CourseField[]) => {
    showErrors(Object.fromEntries(fields.map((f) => [f, t(`errors.${f}`)])));
    setFormError(fields.length ? null : t("errors.fixFields"));
  };

  async function submit(form: FormData) {
    setFormError(null);
    const trial = String(form.get("trialLessons") ?? "").trim();
    const parsed = CreateCourseSchema.safeParse({
      slug: form.get("slug"),
      title: form.get("title"),
      summary: form.get("summary"),
      enrollment: form.get("enrollment") ?? undefined,
      trialLessons: trial === "" ? 0 : Number(trial),
      coverUrl,
    });
    if (!parsed.success) return showIssues(courseFieldsWithIssues(parsed.error.issues));
    setErrors({});
    setPending(true);
    const res = await callApi<CourseSettingsDTO>("/api/courses", "POST", parsed.data);
    if (res.ok) return router.push(`/studio/courses/${res.data.slug}`);
    setPending(false);
    if (res.code === "conflict") return showErrors({ slug: t("errors.slugTaken") });
    if (res.code === "validation_failed" && res.issues) return showIssues(courseFieldsWithIssues(res.issues));
    setFormError(describe(res));
  }

  const hint = (name: string, text: string) => (
    <p id={`course-${name}-hint`} className="text-xs text-muted">
      {text}
    </p>
  );
  const fieldError = (name: CourseField) =>
    errors[name] && (
      <p id={`course-${name}-error`} role="alert" className={errorText}>
        {errors[name]}
      </p>
    );
  const described = (name: CourseField, hasHint = false) =>
    [hasHint && `course-${name}-hint`, errors[name] && `course-${name}-error`].filter(Boolean).join(" ") || undefined;
  const row = (name: CourseField, text: string, control: ReactNode, hintText?: string) => (
    <div className="space-y-1">
      <label htmlFor={`course-${name}`} className={label}>
        {text}
      </label>
      {control}
      {hintText && hint(name, hintText)}
      {fieldError(name)}
    </div>
  );

  return (
    // onSubmit, not a form action: React resets a form after its action, wiping what was typed.
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
      className="mt-4 space-y-4"
      noValidate
    >
      {row(
        "slug",
        t("slug"),
        <input
          id="course-slug"
          name="slug"
          required
          autoCapitalize="none"
          spellCheck={false}
          className={`${field} font-mono`}
          aria-invalid={!!errors.slug}
          aria-describedby={described("slug", true)}
        />,
        t("slugHint"),
      )}
      {row(
        "title",
        t("title"),
        <input
          id="course-title"
          name="title"
          required
          className={field}
          aria-invalid={!!errors.title}
          aria-describedby={described("title")}
        />,
      )}
      {row(
        "summary",
        t("summary"),
        <textarea
          id="course-summary"
          name="summary"
          rows={3}
          className={field}
          aria-invalid={!!errors.summary}
          aria-describedby={described("summary", true)}
        />,
        t("summaryHint"),
      )}
      <fieldset className="space-y-1">
        <legend className={label}>{t("cover")}</legend>
        <CoverUpload value={coverUrl} onChange={setCoverUrl} hasError={!!errors.coverUrl} />
        {fieldError("coverUrl")}
      </fieldset>
      <EnrollmentChoice error={fieldError("enrollment")} />
      {row(
        "trialLessons",
        t("trialLessons"),
        <input
          id="course-trialLessons"
          name="trialLessons"
          type="number"
          inputMode="numeric"
          min={0}
          max={1000}
          step={1}
          defaultValue={0}
          className={`${field} max-w-32`}
          aria-invalid={!!errors.trialLessons}
          aria-describedby={described("trialLessons", true)}
        />,
        t("trialLessonsHint"),
      )}
      {formError && (
        <p role="alert" className={errorText}>
          {formError}
        </p>
      )}
      <button type="submit" className={`${buttonPrimary} w-full sm:w-auto`} disabled={isPending}>
        {isPending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
