import type { RecapLabels } from "@/lib/recap/markdown";
import { getTranslations } from "next-intl/server";
import "server-only";

/** The Markdown export's words in the reader's language. */
export async function recapLabels(): Promise<RecapLabels> {
  const t = await getTranslations("recap");
  return {
    title: (chapter) => t("title", { chapter }),
    course: t("course"),
    faq: t("faq"),
    topAnswered: t("topAnswered"),
    unanswered: t("unanswered"),
    authorReply: (name) => t("authorReply", { name }),
    whyFeatured: t("whyFeatured"),
    locked: t("locked"),
    emptyLesson: t("emptyLesson"),
    emptyChapter: t("emptyChapter"),
  };
}
