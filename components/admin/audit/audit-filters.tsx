"use client";

import { Field } from "@/components/ui/field";
import { buttonQuiet, field } from "@/components/ui/styles";
import { AUDIT_ACTIONS } from "@/lib/admin/audit-schema";
import { useTranslations } from "next-intl";

export type AuditFilter = { actor: string; course: string; action: string };
export const NO_FILTER: AuditFilter = { actor: "", course: "", action: "" };

type Props = {
  filter: AuditFilter;
  courses: Array<{ slug: string; title: string }>;
  onChange: (f: AuditFilter) => void;
};

/** Who acted (name, e-mail or id), in which course, and what they did. */
export function AuditFilters({ filter, courses, onChange }: Props) {
  const t = useTranslations("audit");
  const set = (patch: Partial<AuditFilter>) => onChange({ ...filter, ...patch });
  const filtered = filter.actor !== "" || filter.course !== "" || filter.action !== "";
  return (
    <fieldset className="flex flex-wrap items-start gap-3">
      <legend className="sr-only">{t("filters")}</legend>
      <Field id="audit-actor" label={t("actorLabel")} className="min-w-0 flex-1 basis-56">
        {(control) => (
          <input
            {...control}
            type="search"
            className={field}
            placeholder={t("actorPlaceholder")}
            value={filter.actor}
            maxLength={254}
            onChange={(e) => set({ actor: e.target.value })}
          />
        )}
      </Field>
      <Field id="audit-course" label={t("courseLabel")} className="min-w-0 flex-1 basis-44">
        {(control) => (
          <select
            {...control}
            className={field}
            value={filter.course}
            onChange={(e) => set({ course: e.target.value })}
          >
            <option value="">{t("allCourses")}</option>
            {courses.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="audit-action" label={t("actionLabel")} className="min-w-0 flex-1 basis-44">
        {(control) => (
          <select
            {...control}
            className={field}
            value={filter.action}
            onChange={(e) => set({ action: e.target.value })}
          >
            <option value="">{t("allActions")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`actions.${a}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {filtered && (
        <button type="button" className={`${buttonQuiet} mb-1.5 self-end`} onClick={() => onChange(NO_FILTER)}>
          {t("clear")}
        </button>
      )}
    </fieldset>
  );
}
