"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { useTranslations } from "next-intl";
import { useCallback, useRef, useState, type RefObject } from "react";
import { altFromFileName, imageMarkdown, insertBlock, replacePlaceholder, uploadPlaceholder } from "./image-insert";
import type { LessonText } from "./merge";

type Editor = {
  content: LessonText;
  setContent: (text: LessonText) => void;
  update: (change: (text: LessonText) => LessonText) => void;
};

/**
 * Images pasted, dropped or picked: each gets an "Uploading…" placeholder at the cursor at
 * once, goes to POST /api/uploads, and its placeholder becomes `![alt](url)` — or goes away,
 * with the reason in the reader's language (not an image, too large, too many at once).
 */
export function useImageUploads(textarea: RefObject<HTMLTextAreaElement | null>, editor: Editor) {
  const t = useTranslations("editor.upload");
  const describe = useApiError();
  const counter = useRef(0);
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const upload = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      setError(null);
      const items = files.map((file) => ({
        file,
        alt: altFromFileName(file.name),
        placeholder: uploadPlaceholder(t("placeholder", { name: altFromFileName(file.name) }), ++counter.current),
      }));
      const el = textarea.current;
      const start = el?.selectionStart ?? editor.content.body.length;
      const end = el?.selectionEnd ?? start;
      const inserted = insertBlock(editor.content.body, start, end, items.map((i) => i.placeholder).join("\n\n"));
      editor.setContent({ ...editor.content, body: inserted.text });
      requestAnimationFrame(() => el?.setSelectionRange(inserted.caret, inserted.caret));
      setPending((n) => n + items.length);
      for (const item of items) {
        const form = new FormData();
        form.append("file", item.file);
        void callApi<{ url: string }>("/api/uploads", "POST", form).then((res) => {
          setPending((n) => n - 1);
          const replacement = res.ok ? imageMarkdown(item.alt, res.data.url) : "";
          editor.update((text) => ({ ...text, body: replacePlaceholder(text.body, item.placeholder, replacement) }));
          if (!res.ok)
            setError(
              t("failed", {
                name: item.file.name,
                reason: describe(res, {
                  unsupported_media_type: t("unsupported"),
                  payload_too_large: t("tooLarge"),
                }),
              }),
            );
        });
      }
    },
    [describe, editor, t, textarea],
  );

  return { upload, pending, error, clearError: () => setError(null) };
}
