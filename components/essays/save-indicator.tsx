"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-essay-autosave";

type Autosave = { status: SaveStatus; isDirty: boolean };

/**
 * Where the text is: saving, saved (with the time), only on this device, or why the
 * server did not take it. A failure is an alert; the text itself is never at risk.
 * `namespace` holds the editor's own `saveState` and `problems` sentences (reflections, lessons).
 */
export function SaveIndicator({
  autosave,
  signInHref,
  namespace = "essays",
}: {
  autosave: Autosave;
  signInHref: string;
  namespace?: "essays" | "editor";
}) {
  const t = useTranslations(namespace);
  const format = useFormatter();
  const { status, isDirty } = autosave;

  if (status.problem) {
    return (
      <p
        role="alert"
        className="w-full rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800 sm:order-last"
      >
        {t(`problems.${status.problem}`)}{" "}
        {status.problem === "session" && (
          <a href={signInHref} target="_blank" rel="noopener" className="font-semibold underline">
            {t("problems.signIn")}
          </a>
        )}
      </p>
    );
  }
  const text =
    status.phase === "saving"
      ? t("saveState.saving")
      : isDirty
        ? t("saveState.local")
        : status.savedAt
          ? t("saveState.saved", { time: format.dateTime(new Date(status.savedAt), { timeStyle: "short" }) })
          : t("saveState.idle");
  return (
    <p role="status" className="text-sm text-muted sm:ml-auto" data-testid="save-state" data-dirty={isDirty}>
      {text}
    </p>
  );
}
