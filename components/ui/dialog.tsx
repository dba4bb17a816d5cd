"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog (native <dialog>: focus stays inside, Esc closes). `title` names it for
 * screen readers; the caller renders the buttons.
 */
export function Dialog({
  open,
  onClose,
  title,
  children,
  wide = false,
  closeOnBackdrop = false,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  wide?: boolean;
  /** A click on the backdrop closes it too (for dialogs that only show something). */
  closeOnBackdrop?: boolean;
}) {
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
      onClick={closeOnBackdrop ? (e) => e.target === e.currentTarget && onClose() : undefined}
      className={`m-auto ${wide ? "w-[min(56rem,calc(100vw-2rem))]" : "w-[min(28rem,calc(100vw-2rem))]"} max-h-[calc(100vh-2rem)] rounded-2xl border border-line bg-card p-0 text-ink shadow-xl backdrop:bg-ink/40 backdrop:backdrop-blur-[2px]`}
    >
      {open && (
        <div className="p-6">
          <h2 id={titleId} className="text-lg font-bold">
            {title}
          </h2>
          {children}
        </div>
      )}
    </dialog>
  );
}
