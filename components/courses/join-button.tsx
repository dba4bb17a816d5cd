"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { useLeavingAction } from "@/components/ui/use-leaving-action";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

export function JoinButton({ courseSlug }: { courseSlug: string }) {
  const t = useTranslations("course");
  const router = useRouter();
  const describe = useApiError();
  const { isBusy, error, run } = useLeavingAction();

  const join = () =>
    run(async () => {
      const res = await callApi(`/api/courses/${courseSlug}/members`, "POST");
      if (!res.ok) return describe(res);
      router.refresh();
    });

  return (
    <div>
      <button type="button" className={buttonPrimary} onClick={join} disabled={isBusy}>
        {isBusy ? t("joining") : t("join")}
      </button>
      {error && (
        <p role="alert" className={`${errorText} mt-2`}>
          {error}
        </p>
      )}
    </div>
  );
}
