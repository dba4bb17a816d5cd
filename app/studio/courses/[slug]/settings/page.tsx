import { ArchiveCourse } from "@/components/studio/course/archive-course";
import { CourseSettingsForm } from "@/components/studio/course/course-settings-form";
import { getCurrentUser } from "@/lib/auth/session";
import { getCuratedSettings } from "@/lib/courses/settings";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace.tabs"))("settings") };
}

export default async function CourseSettingsPage({ params }: PageProps<"/studio/courses/[slug]/settings">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const course = await orNotFound(getCuratedSettings(user, (await params).slug), { hideForbidden: true });
  return (
    <div className="max-w-3xl space-y-6">
      <CourseSettingsForm course={course} />
      <ArchiveCourse slug={course.slug} archived={course.archived} />
    </div>
  );
}
