"use client";

import { Dialog } from "@/components/ui/dialog";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { mergeLesson, type LessonText, type MergeConflict } from "./merge";

type Props = {
  open: boolean;
  onClose: () => void;
  base: LessonText;
  mine: LessonText;
  theirs: LessonText;
  /** Continue from their version with this text (theirs, a clean merge, or mine by choice). */
  onResolve: (text: LessonText, how: "theirs" | "merged" | "mine") => void;
};

/** After a 409: load their version, or merge; a merge that conflicts shows both sides and asks. */
export function ConflictDialog({ open, onClose, base, mine, theirs, onResolve }: Props) {
  const t = useTranslations("editor.conflict");
  const [conflicts, setConflicts] = useState<MergeConflict[] | null>(null);

  function merge() {
    const outcome = mergeLesson(base, mine, theirs);
    if (outcome.clean) return onResolve(outcome.merged, "merged");
    setConflicts(outcome.conflicts);
  }

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={conflicts ? t("conflictsTitle") : t("title")}
      wide={conflicts !== null}
    >
      {conflicts ? (
        <>
          <p className="mt-2 text-muted">{t("conflictsBody", { count: conflicts.length })}</p>
          <ol className="mt-4 max-h-[55vh] space-y-4 overflow-y-auto">
            {conflicts.map((c, i) => (
              <li key={i} className="grid gap-3 sm:grid-cols-2">
                {(["theirs", "mine"] as const).map((side) => (
                  <figure key={side} className="min-w-0">
                    <figcaption className="text-xs font-semibold uppercase tracking-wider text-muted">
                      {t(side === "theirs" ? "theirVersion" : "yourVersion")} ·{" "}
                      {t(c.field === "title" ? "fieldTitle" : "fieldBody")}
                    </figcaption>
                    <pre
                      className={`mt-1 max-h-60 overflow-auto rounded-lg border px-3 py-2 font-mono text-sm whitespace-pre-wrap break-words ${side === "theirs" ? "border-sky-200 bg-sky-50" : "border-accent/30 bg-accent-soft"}`}
                    >
                      {c[side] || t("emptyPassage")}
                    </pre>
                  </figure>
                ))}
              </li>
            ))}
          </ol>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <button type="button" className={`${buttonSecondary} py-2`} onClick={() => onResolve(theirs, "theirs")}>
              {t("keepTheirs")}
            </button>
            <button type="button" className={buttonPrimary} onClick={() => onResolve(mine, "mine")}>
              {t("keepMine")}
            </button>
          </div>
        </>
      ) : (
        <>
          <p className="mt-2 text-muted">{t("body")}</p>
          <div className="mt-6 flex flex-wrap justify-end gap-2">
            <button type="button" className={`${buttonSecondary} py-2`} onClick={() => onResolve(theirs, "theirs")}>
              {t("loadTheirs")}
            </button>
            <button type="button" className={buttonPrimary} onClick={merge}>
              {t("merge")}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
