import { OutlineBoard } from "@/components/studio/course/outline-board";
import { getCurrentUser } from "@/lib/auth/session";
import { getStudioCourse } from "@/lib/courses/settings";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace.outline"))("title") };
}

export default async function CourseLessonsPage({ params }: PageProps<"/studio/courses/[slug]">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const { slug, chapters, unchaptered } = await orNotFound(getStudioCourse(user, (await params).slug), {
    hideForbidden: true,
  });
  return <OutlineBoard slug={slug} initial={{ chapters, unchaptered }} />;
}
