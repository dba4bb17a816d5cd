import { ResetRequestForm } from "@/components/reset/request-form";
import { card } from "@/components/ui/styles";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reset"))("askTitle") };
}

export default async function ResetPasswordPage() {
  const t = await getTranslations("reset");
  return (
    <div className={`${card} mx-auto mt-8 max-w-md p-6 sm:p-8`}>
      <h1 className="mb-2 text-2xl font-bold">{t("askTitle")}</h1>
      <p className="mb-6 text-sm text-muted">{t("askIntro")}</p>
      <ResetRequestForm />
      <p className="mt-6 text-sm">
        <Link href="/signin" className="font-medium text-accent-strong underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
