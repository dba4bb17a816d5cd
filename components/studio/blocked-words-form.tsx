"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, card, errorText, field } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** One word or phrase per line; saving replaces the course's list. */
export function BlockedWordsForm({ courseSlug, initialWords }: { courseSlug: string; initialWords: string[] }) {
  const t = useTranslations("studio.blockedWords");
  const describe = useApiError();
  const [text, setText] = useState(initialWords.join("\n"));
  const [state, setState] = useState<"idle" | "saving" | "saved">("idle");
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setState("saving");
    setError(null);
    const words = text
      .split("\n")
      .map((w) => w.trim())
      .filter(Boolean);
    const res = await callApi<{ words: string[] }>(`/api/courses/${courseSlug}/blocked-words`, "PUT", { words });
    if (!res.ok) {
      setError(describe(res, { network: t("failed") }));
      return setState("idle");
    }
    setText(res.data.words.join("\n"));
    setState("saved");
  }

  return (
    <div className={`${card} max-w-2xl space-y-3 p-6`}>
      <label htmlFor="blocked-words" className="block font-medium">
        {t("label")}
      </label>
      <p id="blocked-words-hint" className="text-sm text-muted">
        {t("hint")}
      </p>
      <textarea
        id="blocked-words"
        aria-describedby="blocked-words-hint"
        className={`${field} min-h-48 font-mono text-sm`}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setState("idle");
        }}
      />
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
      <div className="flex items-center gap-3">
        <button type="button" className={buttonPrimary} onClick={save} disabled={state === "saving"}>
          {state === "saving" ? t("saving") : t("save")}
        </button>
        {state === "saved" && (
          <span role="status" className="text-sm text-accent-strong">
            {t("saved")}
          </span>
        )}
      </div>
    </div>
  );
}
