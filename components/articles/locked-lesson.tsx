import { LockIcon } from "@/components/courses/lesson-outline";
import { buttonSecondary } from "@/components/ui/styles";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** A locked lesson's place for the body: its excerpt, then how to get access. */
export async function LockedLesson({
  excerpt,
  courseHref,
  signInHref,
}: {
  excerpt: string;
  courseHref: string;
  /** For visitors: members sign in to read on. */
  signInHref: string | null;
}) {
  const t = await getTranslations("reader");
  return (
    <div className="mt-6">
      <p className="text-lg leading-relaxed text-muted">{excerpt}</p>
      <section aria-labelledby="locked-heading" className="mt-8 rounded-xl border border-line bg-card p-6 shadow-sm">
        <div className="flex gap-3">
          <LockIcon className="mt-1 h-5 w-5 shrink-0 text-accent-strong" />
          <div className="space-y-2">
            <h2 id="locked-heading" className="text-lg font-semibold">
              {t("lockedHeading")}
            </h2>
            <p className="text-muted">{t("lockedBody")}</p>
            <div className="flex flex-wrap items-center gap-4 pt-2">
              {signInHref && (
                <Link href={signInHref} className="font-medium text-accent-strong underline underline-offset-2">
                  {t("lockedSignIn")}
                </Link>
              )}
              <Link href={courseHref} className={buttonSecondary}>
                {t("lockedBack")}
              </Link>
            </div>
          </div>
        </div>
      </section>
    </div>
  );
}
