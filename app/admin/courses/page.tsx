import { AdminCourseList } from "@/components/admin/course-list";
import { CreateCourseForm } from "@/components/admin/create-course-form";
import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { listAdminCourses } from "@/lib/courses/settings";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.courses"))("title") };
}

// Admins: every course, and the form that opens a new one (the layout turns others away).
export default async function AdminCoursesPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/admin/courses");
  // The layout shows non-admins why there is nothing here; pages render beside it, not inside it.
  if (user.role !== "ADMIN") return null;
  const [courses, t] = await Promise.all([listAdminCourses(user), getTranslations("admin")]);
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{t("courses.title")}</h1>
        <p className="mt-2 max-w-3xl text-muted">{t("courses.intro")}</p>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="create-heading" className={`${card} p-6 lg:col-start-2 lg:row-start-1`}>
          <h2 id="create-heading" className="text-lg font-semibold">
            {t("create.heading")}
          </h2>
          <CreateCourseForm />
        </section>
        <section aria-labelledby="courses-heading" className="min-w-0 lg:col-start-1 lg:row-start-1">
          <h2 id="courses-heading" className="text-lg font-semibold">
            {t("courses.listHeading", { count: courses.length })}
          </h2>
          {courses.length === 0 ? (
            <p className={`${card} mt-4 p-6 text-muted`}>{t("courses.empty")}</p>
          ) : (
            <AdminCourseList courses={courses} />
          )}
        </section>
      </div>
    </div>
  );
}
