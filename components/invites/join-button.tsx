"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { useLeavingAction } from "@/components/ui/use-leaving-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

/** Accepts the invite, then opens the course. A spent invite reloads the page, which says why (410). */
export function JoinButton({ code }: { code: string }) {
  const t = useTranslations("invite");
  const describe = useApiError();
  const router = useRouter();
  const { isBusy, error, run } = useLeavingAction();

  const join = () =>
    run(async () => {
      const res = await callApi<{ course: { slug: string } }>(`/api/invites/${code}`, "POST");
      if (res.ok) return router.push(`/courses/${res.data.course.slug}`);
      if (res.code === "gone") return window.location.reload();
      return describe(res, { network: t("failed") });
    });

  return (
    <div className="space-y-2">
      <button
        type="button"
        className={`${buttonPrimary} w-full sm:w-auto`}
        disabled={isBusy}
        onClick={() => void join()}
      >
        {isBusy ? t("joining") : t("join")}
      </button>
      {error && (
        <p role="alert" className={errorText}>
          {error}
        </p>
      )}
    </div>
  );
}
