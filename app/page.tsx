import { card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { listCourses, markVisited } from "@/lib/courses/queries";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export default async function HomePage() {
  const user = await getCurrentUser();
  const [t, courses] = await Promise.all([getTranslations("home"), listCourses(user)]);
  if (user) await markVisited(user);
  return (
    <div className="space-y-8">
      <section className="pt-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-2xl text-muted">{t("intro")}</p>
      </section>
      {courses.length === 0 ? (
        <p className={`${card} p-8 text-center text-muted`}>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {courses.map((c) => (
            <li key={c.slug} className={`${card} flex flex-col p-6 transition hover:shadow-md`}>
              <h2 className="text-xl font-semibold">
                <Link href={`/courses/${c.slug}`} className="hover:text-accent-strong">
                  {c.title}
                </Link>
              </h2>
              <p className="mt-2 flex-1 text-muted">{c.summary}</p>
              <p className="mt-4 text-sm text-muted">
                {t("lessons", { count: c.lessonCount })} · {t("members", { count: c.memberCount })}
              </p>
              {c.newSinceLastVisit !== null && (
                <p className="mt-2 text-sm font-medium text-accent-strong">
                  {t("newSince", { count: c.newSinceLastVisit })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
