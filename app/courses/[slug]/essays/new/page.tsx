import { ArchivedNotice } from "@/components/courses/archived-notice";
import { JoinButton } from "@/components/courses/join-button";
import { EssayEditor } from "@/components/essays/essay-editor";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { getCourseForWriting } from "@/lib/essays/queries";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("essays"))("newHeading") };
}

// Members write here; the first autosave creates the draft and the address becomes /essays/{id}/edit.
export default async function NewEssayPage({ params }: PageProps<"/courses/[slug]/essays/new">) {
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(`/courses/${slug}/essays/new`)}`);
  const found = await orNotFound(getCourseForWriting(user, slug));
  const { course, access } = found;
  if (!access.canParticipate) {
    const t = await getTranslations("essays");
    return (
      <div className={`${card} mx-auto mt-8 max-w-lg space-y-4 p-6 text-center sm:p-8`}>
        <h1 className="text-2xl font-bold">{t("newHeading")}</h1>
        <p className="text-muted">{t("joinToWrite", { course: course.title })}</p>
        <div className="flex flex-wrap items-center justify-center gap-4">
          {access.canJoin && <JoinButton courseSlug={course.slug} />}
          <Link href={`/courses/${course.slug}`} className="text-sm font-medium text-accent-strong underline">
            {course.title}
          </Link>
        </div>
      </div>
    );
  }
  if (!access.canPost) {
    const t = await getTranslations("essays");
    return (
      <div className="mx-auto mt-8 max-w-lg space-y-4 text-center">
        <h1 className="text-2xl font-bold">{t("newHeading")}</h1>
        <ArchivedNotice />
        <Link
          href={`/courses/${course.slug}`}
          className="inline-block text-sm font-medium text-accent-strong underline"
        >
          {course.title}
        </Link>
      </div>
    );
  }
  return <EssayEditor viewerId={user.id} course={course} initial={null} />;
}
