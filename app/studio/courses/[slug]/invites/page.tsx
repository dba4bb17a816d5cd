import { InvitesPanel } from "@/components/studio/invites/invites-panel";
import { getCurrentUser } from "@/lib/auth/session";
import { curatedCourse } from "@/lib/courses/members";
import { listInvites } from "@/lib/invites/manage";
import { publicOrigin } from "@/lib/origin";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invites"))("title") };
}

export default async function CourseInvitesPage({ params }: PageProps<"/studio/courses/[slug]/invites">) {
  const user = await getCurrentUser();
  if (!user) return null; // the studio layout signs visitors in
  const { slug } = await params;
  const course = await orNotFound(curatedCourse(user, slug), { hideForbidden: true });
  const [t, { items }] = await Promise.all([
    getTranslations("invites"),
    listInvites(user, slug, publicOrigin(await headers())),
  ]);
  return (
    <section aria-labelledby="invites-title" className="space-y-4">
      <div>
        <h2 id="invites-title" className="text-xl font-bold tracking-tight sm:text-2xl">
          {t("title")}
        </h2>
        <p className="mt-1 max-w-2xl text-muted">{t("intro", { course: course.title })}</p>
      </div>
      <InvitesPanel slug={slug} initial={items} viewerIsAdmin={course.viewerIsAdmin} />
    </section>
  );
}
