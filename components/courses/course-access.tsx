import { JoinButton } from "@/components/courses/join-button";
import { LockIcon } from "@/components/courses/lesson-outline";
import type { CourseDTO } from "@/lib/courses/queries";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/**
 * How the reader stands with the course: join (open courses), the way in to an invite-only
 * course, or their role in it. An archived course takes no new members.
 */
export async function CourseAccess({ course }: { course: CourseDTO }) {
  const [t, r] = await Promise.all([getTranslations("course"), getTranslations("reader")]);
  const { access } = course;
  const signInHref = `/signin?next=/courses/${course.slug}`;
  if (access.canJoin) return <JoinButton courseSlug={course.slug} />;
  if (access.role === "learner" || access.role === "instructor" || access.role === "admin") {
    const status = { learner: t("joined"), instructor: t("instructor"), admin: t("admin") };
    return (
      <p className="inline-block rounded-full bg-accent-soft px-3 py-1 text-sm font-medium text-accent-strong">
        {status[access.role]}
      </p>
    );
  }
  if (course.enrollment === "invite") {
    return (
      <div className="flex max-w-2xl gap-3 rounded-xl border border-line bg-card p-4">
        <LockIcon className="mt-0.5 h-5 w-5 shrink-0 text-muted" />
        <div className="space-y-1">
          <p className="font-medium">{r("inviteOnly")}</p>
          {access.role === "visitor" && (
            <Link href={signInHref} className="text-sm font-medium text-accent-strong underline">
              {r("lockedSignIn")}
            </Link>
          )}
        </div>
      </div>
    );
  }
  if (access.role === "visitor" && !course.archived) {
    return (
      <Link href={signInHref} className="text-sm font-medium text-accent-strong underline">
        {t("signInToJoin")}
      </Link>
    );
  }
  return null;
}
