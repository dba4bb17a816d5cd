import { NoticePage } from "@/components/ui/notice-page";
import { getTranslations } from "next-intl/server";

/** What a signed-in learner sees at /studio: a friendly word, and no data. */
export async function NotInstructor() {
  const t = await getTranslations("studio.notInstructor");
  return <NoticePage title={t("title")} body={t("body")} back={t("back")} />;
}
