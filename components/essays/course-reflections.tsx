import { ArchivedNotice } from "@/components/courses/archived-notice";
import { buttonSecondary } from "@/components/ui/styles";
import type { Page } from "@/lib/comments/schema";
import type { EssaySummaryDTO } from "@/lib/essays/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { MyEssayPages } from "./my-essay-pages";

/**
 * On the course page, for members: "Write a reflection" (a notice instead once the course is
 * archived) and their own essays in this course, a page at a time.
 */
export function CourseReflections({
  courseSlug,
  essays,
  canWrite,
}: {
  courseSlug: string;
  essays: Page<EssaySummaryDTO>;
  canWrite: boolean;
}) {
  const t = useTranslations("essays");
  return (
    <div className="mt-4 border-t border-line pt-4">
      {canWrite ? (
        <Link href={`/courses/${courseSlug}/essays/new`} className={buttonSecondary}>
          <span aria-hidden="true">✎</span> {t("write")}
        </Link>
      ) : (
        <ArchivedNotice />
      )}
      {essays.items.length > 0 && (
        <section aria-labelledby="my-reflections-heading" className="mt-4">
          <h3 id="my-reflections-heading" className="text-sm font-semibold">
            {t("mine")}
          </h3>
          <MyEssayPages courseSlug={courseSlug} first={essays.items} cursor={essays.nextCursor} />
        </section>
      )}
    </div>
  );
}
