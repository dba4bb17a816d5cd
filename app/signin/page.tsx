import { SignInForm } from "@/components/auth/sign-in-form";
import { card } from "@/components/ui/styles";
import { publicOrigin, sameOriginPath } from "@/lib/origin";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import Link from "next/link";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const t = await getTranslations("auth");
  const tReset = await getTranslations("reset");
  const { next } = await searchParams;
  // Only a path on this site is followed after sign-in.
  const nextPath = sameOriginPath(next, publicOrigin(await headers()));
  const query = nextPath === "/" ? "" : `?next=${encodeURIComponent(nextPath)}`;
  return (
    <div className={`${card} mx-auto mt-8 max-w-md p-6 sm:p-8`}>
      <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
      <SignInForm next={nextPath} />
      <p className="mt-4 text-sm">
        <Link href="/reset-password" className="font-medium text-accent-strong underline">
          {tReset("forgot")}
        </Link>
      </p>
      <p className="mt-6 text-sm text-muted">
        {t("noAccount")}{" "}
        <Link href={`/signup${query}`} className="font-medium text-accent-strong underline">
          {t("createOne")}
        </Link>
      </p>
    </div>
  );
}
