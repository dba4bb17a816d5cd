"use client";

import { callApi, useApiError } from "@/components/ui/api";
import { buttonPrimary, errorText } from "@/components/ui/styles";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

export function JoinButton({ courseSlug }: { courseSlug: string }) {
  const t = useTranslations("course");
  const router = useRouter();
  const describe = useApiError();
  const [isPending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function join() {
    setPending(true);
    setError(null);
    const res = await callApi(`/api/courses/${courseSlug}/members`, "POST");
    if (!res.ok) {
      setError(describe(res));
      setPending(false);
      return;
    }
    router.refresh();
  }

  return (
    <div>
      <button type="button" className={buttonPrimary} onClick={join} disabled={isPending}>
        {isPending ? t("joining") : t("join")}
      </button>
      {error && (
        <p role="alert" className={`${errorText} mt-2`}>
          {error}
        </p>
      )}
    </div>
  );
}
