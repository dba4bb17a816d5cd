"use client";

import { useApiError, type ApiFailure } from "@/components/ui/api";
import { buttonQuiet, buttonSecondary, errorText } from "@/components/ui/styles";
import { codeForStatus, isErrorCode } from "@/lib/api-error";
import { IMAGE_ACCEPT } from "@/lib/uploads/image-types";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

/** Sends one image to POST /api/uploads; its URL on success. */
async function uploadImage(file: File): Promise<{ ok: true; url: string } | ApiFailure> {
  const form = new FormData();
  form.append("file", file);
  try {
    const res = await fetch("/api/uploads", { method: "POST", body: form });
    const json = (await res.json().catch(() => null)) as { url?: string; error?: { code?: unknown } } | null;
    if (res.ok && json?.url) return { ok: true, url: json.url };
    const code = isErrorCode(json?.error?.code) ? json.error.code : codeForStatus(res.status);
    return { ok: false, status: res.status, code, message: "" };
  } catch {
    return { ok: false, status: 0, code: "network", message: "" };
  }
}

/** A cover picker: upload an image, see it, replace or remove it. The value is its URL. */
export function CoverUpload({
  value,
  onChange,
  hasError,
}: {
  value: string | null;
  onChange: (url: string | null) => void;
  hasError: boolean;
}) {
  const t = useTranslations("admin.create");
  const describe = useApiError();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [isUploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError(null);
    const res = await uploadImage(file);
    setUploading(false);
    if (input.current) input.current.value = "";
    if (res.ok) onChange(res.url);
    else setError(t("errors.upload", { reason: describe(res) }));
  }

  return (
    <div className="space-y-2">
      {value && (
        // eslint-disable-next-line @next/next/no-img-element -- an upload of any size, served by the app
        <img
          src={value}
          alt={t("coverAlt")}
          className="aspect-[16/9] w-full rounded-lg border border-line object-cover"
        />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={id}
          type="file"
          accept={IMAGE_ACCEPT}
          className="peer sr-only"
          aria-describedby={`${id}-hint`}
          aria-invalid={hasError || !!error}
          onChange={(e) => void pick(e.target.files?.[0])}
          disabled={isUploading}
        />
        <label
          htmlFor={id}
          className={`${buttonSecondary} cursor-pointer peer-focus-visible:ring-2 peer-focus-visible:ring-accent`}
        >
          {isUploading ? t("coverUploading") : value ? t("coverReplace") : t("coverChoose")}
        </label>
        {value && (
          <button type="button" className={buttonQuiet} onClick={() => onChange(null)}>
            {t("coverRemove")}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} className="text-xs text-muted">
        {t("coverHint")}
      </p>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
