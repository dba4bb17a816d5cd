import { MoreSubmittedEssays, PublishedEssayPages } from "@/components/essays/more-essays";
import { SubmittedEssayList } from "@/components/essays/submitted-essays";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getReviewDesk } from "@/lib/essays/queries";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("essays.review"))("title") };
}

// Course instructors and admins: submitted essays of their own courses to publish or
// return, and published ones to feature on the course page. Others: 404.
export default async function StudioEssaysPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/studio/essays");
  const [desk, t] = await Promise.all([getReviewDesk(user), getTranslations("essays.review")]);
  if (!desk.canReview) notFound();

  return (
    <div className="space-y-10">
      <header className="pt-2">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>

      <section aria-labelledby="submitted-heading">
        <h2 id="submitted-heading" className="text-lg font-semibold">
          {t("submittedHeading", { count: desk.pages?.submittedTotal ?? desk.submitted.length })}
        </h2>
        {desk.submitted.length === 0 ? (
          <p className={`${card} mt-4 p-6 text-muted`}>{t("empty")}</p>
        ) : (
          <SubmittedEssayList essays={desk.submitted} className="mt-4" />
        )}
        <MoreSubmittedEssays cursor={desk.pages?.submittedNext ?? null} shownIds={desk.submitted.map((e) => e.id)} />
      </section>

      <section aria-labelledby="published-heading">
        <h2 id="published-heading" className="text-lg font-semibold">
          {t("publishedHeading")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("publishedIntro")}</p>
        {desk.published.length === 0 ? (
          <p className={`${card} mt-4 p-6 text-muted`}>{t("publishedEmpty")}</p>
        ) : (
          <PublishedEssayPages first={desk.published} cursor={desk.pages?.publishedNext ?? null} />
        )}
      </section>
    </div>
  );
}
