import { card } from "@/components/ui/styles";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** What a signed-in non-admin sees in /admin: a plain word, and no data. */
export async function NotAdmin() {
  const t = await getTranslations("admin.notAdmin");
  return (
    <div className={`${card} mx-auto mt-12 max-w-lg p-8 text-center`}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("body")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-accent-strong underline">
        {t("back")}
      </Link>
    </div>
  );
}
