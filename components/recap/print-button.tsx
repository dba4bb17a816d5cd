"use client";

import { buttonSecondary } from "@/components/ui/styles";

/** Opens the browser's print dialog (print, or save as PDF) on the recap's print stylesheet. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className={buttonSecondary} onClick={() => window.print()}>
      {label}
    </button>
  );
}
