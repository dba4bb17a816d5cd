import { SetPasswordForm } from "@/components/reset/set-password-form";
import { buttonPrimary, card } from "@/components/ui/styles";
import { resetTokenState } from "@/lib/accounts/password-reset";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  // The token is a secret: kept out of referrers to other sites.
  return { title: (await getTranslations("reset"))("setTitle"), referrer: "no-referrer" };
}

export default async function SetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const t = await getTranslations("reset");
  const { token } = await params;
  const state = await resetTokenState(token);
  return (
    <div className={`${card} mx-auto mt-8 max-w-md p-6 sm:p-8`}>
      <h1 className="mb-6 text-2xl font-bold">{t("setTitle")}</h1>
      {state === "valid" ? (
        <SetPasswordForm token={token} />
      ) : (
        <div className="space-y-4 text-sm">
          <p role="alert">{t(state)}</p>
          <Link href="/reset-password" className={`${buttonPrimary} inline-block`}>
            {t("askAgain")}
          </Link>
        </div>
      )}
    </div>
  );
}
