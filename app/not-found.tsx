import { card } from "@/components/ui/styles";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className={`${card} mx-auto mt-12 max-w-lg p-8 text-center`}>
      <h1 className="text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFound")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent-strong underline">
        {t("back")}
      </Link>
    </div>
  );
}
