import { NoticePage } from "@/components/ui/notice-page";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return <NoticePage title={t("notFoundTitle")} body={t("notFound")} back={t("back")} />;
}
