import { BlockedWordsForm } from "@/components/studio/blocked-words-form";
import { CoursePicker } from "@/components/studio/course-picker";
import { getCurrentUser } from "@/lib/auth/session";
import { getBlockedWords } from "@/lib/comments/blocked-words";
import { canUseStudio, listStudioCourses } from "@/lib/studio/access";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.blockedWords"))("title") };
}

export default async function BlockedWordsPage({ searchParams }: PageProps<"/studio/blocked-words">) {
  const user = await getCurrentUser();
  if (!user || !(await canUseStudio(user))) return null; // the layout signs visitors in and turns others away
  const [t, ta, courses, { course }] = await Promise.all([
    getTranslations("studio.blockedWords"),
    getTranslations("studio.analytics"),
    listStudioCourses(user),
    searchParams,
  ]);
  const current = courses.find((c) => c.slug === course) ?? courses[0];
  if (!current) return <p className="text-muted">{ta("noCourses")}</p>;
  const words = await getBlockedWords(user, current.slug);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("title")}</h1>
        <p className="mt-1 max-w-2xl text-muted">{t("intro")}</p>
      </div>
      <CoursePicker
        courses={courses}
        current={current.slug}
        basePath="/studio/blocked-words"
        label={ta("courseLabel")}
      />
      <BlockedWordsForm key={current.slug} courseSlug={current.slug} initialWords={words} />
    </div>
  );
}
