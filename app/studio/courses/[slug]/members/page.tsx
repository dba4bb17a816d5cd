import { MembersPanel } from "@/components/studio/members/members-panel";
import { getCurrentUser } from "@/lib/auth/session";
import { ListMembersQuerySchema } from "@/lib/courses/member-schema";
import { curatedCourse, listMembers } from "@/lib/courses/members";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("members"))("title") };
}

export default async function CourseMembersPage({ params }: PageProps<"/studio/courses/[slug]/members">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const { slug } = await params;
  const course = await orNotFound(curatedCourse(user, slug), { hideForbidden: true });
  const [t, first] = await Promise.all([
    getTranslations("members"),
    listMembers(user, slug, ListMembersQuerySchema.parse({})),
  ]);
  return (
    <section aria-labelledby="members-title" className="space-y-4">
      <div>
        <h2 id="members-title" className="text-xl font-bold tracking-tight sm:text-2xl">
          {t("title")}
        </h2>
        <p className="mt-1 max-w-2xl text-muted">{t("intro", { course: course.title })}</p>
      </div>
      <MembersPanel slug={slug} first={first} viewerId={user.id} viewerIsAdmin={course.viewerIsAdmin} />
    </section>
  );
}
