import { AuditPanel } from "@/components/admin/audit/audit-panel";
import { listAuditEvents } from "@/lib/admin/audit-log";
import { ListAuditQuerySchema } from "@/lib/admin/audit-schema";
import { getCurrentUser } from "@/lib/auth/session";
import { listCuratedCourses } from "@/lib/studio/access";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

// Admins: the audit log with its filters (the layout turns others away).
export default async function AdminAuditPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/admin/audit");
  if (user.role !== "ADMIN") return null; // the layout shows non-admins why there is nothing here
  const [t, first, courses] = await Promise.all([
    getTranslations("audit"),
    listAuditEvents(user, ListAuditQuerySchema.parse({})),
    listCuratedCourses(user), // every course, for an admin
  ]);
  return (
    <section aria-labelledby="audit-title" className="space-y-6">
      <header>
        <h1 id="audit-title" className="text-3xl font-bold tracking-tight">
          {t("title")}
        </h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <AuditPanel first={first} courses={courses.map(({ slug, title }) => ({ slug, title }))} />
    </section>
  );
}
