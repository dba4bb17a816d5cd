"use client";

import { useTranslations } from "next-intl";
import type * as z from "zod";
import type { ApiFailure } from "./api";

/**
 * A short, translated sentence for a failed request (server messages are English-only),
 * from a namespace that has the keys used below.
 */
export function useApiErrorMessage(namespace: "comments.errors" | "essays.errors" = "comments.errors") {
  const t = useTranslations(namespace);
  return (failure: ApiFailure): string => {
    switch (failure.status) {
      case 0:
        return t("network");
      case 400:
      case 413:
        return t("invalid");
      case 401:
        return t("sessionExpired");
      case 403:
        return t("forbidden");
      case 404:
        return t("notFound");
      case 409:
        return t("conflict");
      case 429:
        return t("rateLimited");
      default:
        return t("generic");
    }
  };
}

/** The translated reason a body failed CreateCommentSchema / CreateReplySchema. */
export function useValidationMessage() {
  const t = useTranslations("comments.errors");
  return (error: z.ZodError, max: number): string =>
    error.issues.some((issue) => issue.code === "too_big") ? t("tooLong", { max }) : t("tooShort");
}
