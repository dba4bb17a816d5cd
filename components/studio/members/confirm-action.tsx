"use client";

import { buttonQuiet, buttonSecondary } from "@/components/ui/styles";
import { useEffect, useRef, useState } from "react";

type Props = {
  /** The button that asks first. */
  label: string;
  /** Its accessible name, when the visible label alone is ambiguous in a list ("Remove Ana"). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => Promise<void>;
};

/**
 * A destructive action that asks in place: the button becomes the question with "Yes" and
 * "Cancel". Focus moves to the question's "Yes" and back to the button on cancel, so keyboard
 * users never lose their place.
 */
export function ConfirmAction({ label, ariaLabel, question, confirmLabel, cancelLabel, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={buttonQuiet}
        aria-label={ariaLabel}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div role="group" aria-label={question} className="flex flex-wrap items-center gap-2">
      <span className="text-sm text-ink">{question}</span>
      <button
        ref={yes}
        type="button"
        className={`${buttonSecondary} border-red-300 text-red-700 hover:bg-red-50`}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onConfirm();
          setBusy(false);
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className={buttonQuiet} disabled={busy} onClick={() => setAsking(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
