"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { ImageFileButton } from "@/components/ui/image-file-button";
import { buttonQuiet, errorText } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";

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
  const id = useId();
  const [isUploading, setUploading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function pick(file: File | undefined) {
    if (!file) return;
    setUploading(true);
    setError(null);
    const form = new FormData();
    form.append("file", file);
    const res = await callApi<{ url: string }>("/api/uploads", "POST", form);
    setUploading(false);
    if (res.ok) onChange(res.data.url);
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
        <ImageFileButton
          id={id}
          onPick={(file) => void pick(file)}
          disabled={isUploading}
          invalid={hasError || !!error}
        >
          {isUploading ? t("coverUploading") : value ? t("coverReplace") : t("coverChoose")}
        </ImageFileButton>
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
