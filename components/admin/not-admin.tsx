import { NoticePage } from "@/components/ui/notice-page";
import { getTranslations } from "next-intl/server";

/** What a signed-in non-admin sees in /admin: a plain word, and no data. */
export async function NotAdmin() {
  const t = await getTranslations("admin.notAdmin");
  return <NoticePage title={t("title")} body={t("body")} back={t("back")} />;
}
