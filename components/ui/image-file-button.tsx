"use client";

import { buttonSecondary } from "@/components/ui/styles";
import { IMAGE_ACCEPT } from "@/lib/uploads/image-types";
import type { ReactNode } from "react";

type Props = {
  id: string;
  onPick: (file: File | undefined) => void;
  disabled?: boolean;
  invalid?: boolean;
  children: ReactNode;
};

/**
 * An image file input that looks like a button: the native input stays in the page (hidden
 * from sight only), so the keyboard, screen readers and the focus ring work as for any input.
 * Its hint is `${id}-hint`, written by the caller.
 */
export function ImageFileButton({ id, onPick, disabled, invalid, children }: Props) {
  return (
    <>
      <input
        id={id}
        type="file"
        accept={IMAGE_ACCEPT}
        className="peer sr-only"
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ""; // so that picking the same file again is noticed
          onPick(file);
        }}
        disabled={disabled}
      />
      <label
        htmlFor={id}
        className={`${buttonSecondary} cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-accent`}
      >
        {children}
      </label>
    </>
  );
}
