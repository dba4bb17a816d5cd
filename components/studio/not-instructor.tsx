import { card } from "@/components/ui/styles";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** What a signed-in learner sees at /studio: a friendly word, and no data. */
export async function NotInstructor() {
  const t = await getTranslations("studio.notInstructor");
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
