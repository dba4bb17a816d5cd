import { LessonEditor } from "@/components/studio/course/lesson-editor";
import { getCurrentUser } from "@/lib/auth/session";
import { getStudioCourse } from "@/lib/courses/settings";
import { getStudioLesson } from "@/lib/lessons/queries";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("editor"))("heading") };
}

export default async function LessonEditorPage({ params }: PageProps<"/studio/courses/[slug]/lessons/[id]">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const { slug, id } = await params;
  const [outline, lesson] = await Promise.all([
    orNotFound(getStudioCourse(user, slug), { hideForbidden: true }),
    orNotFound(getStudioLesson(user, id, { courseSlug: slug }), { hideForbidden: true }),
  ]);
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
