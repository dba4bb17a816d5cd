import { SignUpForm } from "@/components/auth/sign-up-form";
import { card } from "@/components/ui/styles";
import { publicOrigin, sameOriginPath } from "@/lib/origin";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signUpTitle") };
}

export default async function SignUpPage({ searchParams }: PageProps<"/signup">) {
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  // Only a path on this site is followed after sign-up (an invite link, say).
  const nextPath = sameOriginPath(next, publicOrigin(await headers()));
  const query = nextPath === "/" ? "" : `?next=${encodeURIComponent(nextPath)}`;
  return (
    <div className={`${card} mx-auto mt-8 max-w-md p-6 sm:p-8`}>
      <h1 className="mb-6 text-2xl font-bold">{t("signUpTitle")}</h1>
      <SignUpForm next={nextPath} />
      <p className="mt-6 text-sm text-muted">
        {t("haveAccount")}{" "}
        <Link href={`/signin${query}`} className="font-medium text-accent-strong underline">
          {t("signInInstead")}
        </Link>
      </p>
    </div>
  );
}
