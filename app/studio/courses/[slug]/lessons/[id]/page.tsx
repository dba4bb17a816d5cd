import { LessonEditor } from "@/components/studio/course/lesson-editor";
import { getCurrentUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages";
import { getWorkspaceCourse, getWorkspaceLesson, getWorkspaceOutline } from "@/lib/studio/course-workspace";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("heading") };
}

export default async function LessonEditorPage({ params }: PageProps<"/studio/courses/[slug]/lessons/[id]">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const { slug, id } = await params;
  const [course, lesson] = await Promise.all([
    orNotFound(getWorkspaceCourse(user, slug), { hideForbidden: true }),
    orNotFound(getWorkspaceLesson(user, slug, id), { hideForbidden: true }),
  ]);
  const outline = await getWorkspaceOutline(course.id);
  return (
    <LessonEditor
      key={lesson.id}
      viewerId={user.id}
      lesson={lesson}
      chapters={outline.chapters.map((c) => ({ id: c.id, title: c.title, lessonCount: c.lessons.length }))}
      unchapteredCount={outline.unchaptered.length}
    />
  );
}
