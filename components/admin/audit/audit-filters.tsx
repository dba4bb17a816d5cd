"use client";

import { buttonQuiet, field, label } from "@/components/ui/styles";
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
      <div className="min-w-0 flex-1 basis-56 space-y-1">
        <label htmlFor="audit-actor" className={label}>
          {t("actorLabel")}
        </label>
        <input
          id="audit-actor"
          type="search"
          className={field}
          placeholder={t("actorPlaceholder")}
          value={filter.actor}
          maxLength={254}
          onChange={(e) => set({ actor: e.target.value })}
        />
      </div>
      <div className="min-w-0 flex-1 basis-44 space-y-1">
        <label htmlFor="audit-course" className={label}>
          {t("courseLabel")}
        </label>
        <select
          id="audit-course"
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
      </div>
      <div className="min-w-0 flex-1 basis-44 space-y-1">
        <label htmlFor="audit-action" className={label}>
          {t("actionLabel")}
        </label>
        <select
          id="audit-action"
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
      </div>
      {filtered && (
        <button type="button" className={`${buttonQuiet} mb-1.5 self-end`} onClick={() => onChange(NO_FILTER)}>
          {t("clear")}
        </button>
      )}
    </fieldset>
  );
}
