"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { Fragment, useEffect, useId, useRef } from "react";

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

/** The queue's keyboard shortcuts in a modal dialog (native <dialog>: focus is kept inside, Esc closes). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useTranslations("studio.shortcuts");
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(e) => e.target === e.currentTarget && onClose()} // a click on the backdrop
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl border border-line bg-card p-0 text-ink shadow-xl backdrop:bg-ink/40 backdrop:backdrop-blur-[2px]"
    >
      <div className="p-6">
        <h2 id={titleId} className="text-lg font-bold">
          {t("title")}
        </h2>
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
      </div>
    </dialog>
  );
}
