"use client";

import type { OutlineLesson } from "@/lib/courses/outline-schema";
import { useDroppable } from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { lessonDragId, zoneDragId } from "./reorder";

/** Lessons outside every chapter (they come after all chapters); the whole course's list when it has none. */
export function UnchapteredSection({
  lessons,
  hasChapters,
  children,
  footer,
}: {
  lessons: OutlineLesson[];
  hasChapters: boolean;
  children: ReactNode;
  footer: ReactNode;
}) {
  const t = useTranslations("workspace.outline");
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: zoneDragId(null), data: { type: "zone" } });
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-dashed border-line bg-card/60">
      <header className="border-b border-line px-4 py-3">
        <h3 id={headingId} className="font-semibold">
          {hasChapters ? t("unchaptered") : t("allLessons")}
        </h3>
        {hasChapters && <p className="mt-0.5 text-sm text-muted">{t("unchapteredHint")}</p>}
      </header>
      <SortableContext items={lessons.map((l) => lessonDragId(l.id))} strategy={verticalListSortingStrategy}>
        <ol
          ref={setNodeRef}
          aria-labelledby={headingId}
          className={`min-h-12 divide-y divide-line ${isOver ? "bg-accent-soft/50" : ""}`}
        >
          {children}
          {lessons.length === 0 && <li className="px-4 py-3 text-sm text-muted">{t("emptyUnchaptered")}</li>}
        </ol>
      </SortableContext>
      <div className="border-t border-line px-3 py-3">{footer}</div>
    </section>
  );
}
