"use client";

import type { ApiFailure } from "@/components/ui/api";
import type { z } from "@/lib/zod";
import { useTranslations } from "next-intl";

/** The key, in a feature's namespace, of the sentence for each failure code. */
const FEATURE_KEY = {
  network: "network",
  bad_request: "invalid",
  validation_failed: "invalid",
  payload_too_large: "invalid",
  unauthorized: "sessionExpired",
  forbidden: "forbidden",
  not_found: "notFound",
  conflict: "conflict",
  rate_limited: "rateLimited",
  unsupported_media_type: "generic",
  gone: "generic",
  method_not_allowed: "generic",
  internal: "generic",
  unavailable: "generic",
} as const satisfies Record<ApiFailure["code"], string>;

/**
 * A short, translated sentence for a failed request, chosen by its code (never the server's
 * English message), from a feature namespace whose sentences name what failed
 * ("This comment is no longer available"). Elsewhere: useApiError in components/ui/api.ts.
 */
export function useApiErrorMessage(namespace: "comments.errors" | "essays.errors" = "comments.errors") {
  const t = useTranslations(namespace);
  return (failure: ApiFailure): string => t(FEATURE_KEY[failure.code]);
}

/** The translated reason a body failed CreateCommentSchema / CreateReplySchema. */
export function useValidationMessage() {
  const t = useTranslations("comments.errors");
  return (error: z.ZodError, max: number): string =>
    error.issues.some((issue) => issue.code === "too_big") ? t("tooLong", { max }) : t("tooShort");
}
