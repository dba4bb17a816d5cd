"use client";

import { Dialog } from "@/components/ui/dialog";
import { buttonSecondary } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { Fragment } from "react";

const SHORTCUTS = [
  [["j"], "next"],
  [["k"], "previous"],
  [["f"], "feature"],
  [["h"], "hide"],
  [["p"], "pin"],
  [["r"], "reply"],
  [["x"], "select"],
  [["d"], "dismiss"],
  [["?"], "help"],
  [["Esc"], "escape"],
] as const;

/** The queue's keyboard shortcuts in a modal dialog; a click on the backdrop closes it too. */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("studio.shortcuts");
  return (
    <Dialog open={open} onClose={onClose} title={t("title")} closeOnBackdrop>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <dl className="mt-5 grid grid-cols-[4rem_1fr] items-center gap-x-3 gap-y-2.5 text-sm">
        {SHORTCUTS.map(([keys, key]) => (
          <Fragment key={key}>
            <dt className="flex gap-1">
              {keys.map((k) => (
                <kbd
                  key={k}
                  className="min-w-7 rounded-md border border-line bg-paper px-1.5 py-0.5 text-center font-mono text-xs font-semibold shadow-[inset_0_-1px_0_var(--color-line)]"
                >
                  {k}
                </kbd>
              ))}
            </dt>
            <dd>{t(key)}</dd>
          </Fragment>
        ))}
      </dl>
      <div className="mt-6 flex justify-end">
        <button type="button" className={buttonSecondary} onClick={onClose} autoFocus>
          {t("close")}
        </button>
      </div>
    </Dialog>
  );
}
