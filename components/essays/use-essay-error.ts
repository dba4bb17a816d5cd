"use client";

import type { ApiFailure } from "@/components/comments/api";
import { useTranslations } from "next-intl";

/** A short, translated sentence for a failed essay request (server messages are English-only). */
export function useEssayErrorMessage() {
  const t = useTranslations("essays.errors");
  return (failure: ApiFailure): string => {
    switch (failure.status) {
      case 0:
        return t("network");
      case 400:
      case 413:
        return t("invalid");
      case 401:
        return t("session");
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
