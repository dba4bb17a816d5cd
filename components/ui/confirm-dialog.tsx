"use client";

import { Dialog } from "@/components/ui/dialog";
import { buttonPrimary, buttonSecondary, errorText } from "@/components/ui/styles";

type Props = {
  open: boolean;
  onClose: () => void;
  title: string;
  body: string;
  /** Why the last try failed, shown in a role="alert". */
  error: string | null;
  cancelLabel: string;
  confirmLabel: string;
  onConfirm: () => void;
  isBusy?: boolean;
  /** A red confirm button, for what cannot be undone. */
  isDanger?: boolean;
};

/** A question before an action: the body says what will happen; Cancel or the action answer it. */
export function ConfirmDialog({
  open,
  onClose,
  title,
  body,
  error,
  cancelLabel,
  confirmLabel,
  onConfirm,
  isBusy = false,
  isDanger = false,
}: Props) {
  return (
    <Dialog open={open} onClose={onClose} title={title}>
      <p className="mt-2 text-muted">{body}</p>
      {error && (
        <p role="alert" className={`${errorText} mt-3`}>
          {error}
        </p>
      )}
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        <button type="button" className={`${buttonSecondary} py-2`} onClick={onClose}>
          {cancelLabel}
        </button>
        <button
          type="button"
          className={isDanger ? `${buttonPrimary} bg-red-700 hover:bg-red-800` : buttonPrimary}
          disabled={isBusy}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
