import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { card } from "@/components/ui/styles";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

/** Only same-site paths are followed after sign-in. */
const safeNext = (value: string | string[] | undefined) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/";

export default async function SignInPage({ searchParams }: PageProps<"/signin">) {
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  return (
    <div className={`${card} mx-auto mt-8 max-w-md p-6 sm:p-8`}>
      <h1 className="mb-6 text-2xl font-bold">{t("signInTitle")}</h1>
      <SignInForm next={safeNext(next)} />
      <p className="mt-6 text-sm text-muted">
        {t("noAccount")}{" "}
        <Link href="/signup" className="font-medium text-accent-strong underline">
          {t("createOne")}
        </Link>
      </p>
    </div>
  );
}
