import { JoinButton } from "@/components/invites/join-button";
import { buttonPrimary, buttonSecondary, card } from "@/components/ui/styles";
import { getCurrentUser } from "@/lib/auth/session";
import { memberRole } from "@/lib/courses/members";
import { alreadyHolds } from "@/lib/courses/membership";
import { AppError } from "@/lib/errors";
import { previewInvite } from "@/lib/invites/accept";
import type { InvitePreviewDTO } from "@/lib/invites/schema";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";

// The page an invite link opens. A spent invite's page answers HTTP 410: App Router pages
// cannot set a status, so proxy.ts sets it (lib/invites/page-status.ts) and this page says why.

const load = cache(async (code: string): Promise<InvitePreviewDTO> => {
  try {
    return await previewInvite(await getCurrentUser(), code);
  } catch (err) {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  }
});

export async function generateMetadata({ params }: PageProps<"/invite/[code]">): Promise<Metadata> {
  const invite = await load((await params).code);
  const t = await getTranslations("invite");
  return { title: t("title", { course: invite.course.title }), robots: { index: false } };
}

export default async function InvitePage({ params }: PageProps<"/invite/[code]">) {
  const { code } = await params;
  const [invite, user, t] = await Promise.all([load(code), getCurrentUser(), getTranslations("invite")]);
  const { course, role, state, memberRole: current } = invite;
  const here = `/invite/${code}`;
  const courseHref = `/courses/${course.slug}`;
  const member = current !== null && alreadyHolds(memberRole(current), memberRole(role));

  return (
    <article className={`${card} mx-auto mt-8 max-w-xl overflow-hidden`}>
      {course.coverUrl && (
        // eslint-disable-next-line @next/next/no-img-element -- covers are uploads or https images on any host
        <img src={course.coverUrl} alt="" className="aspect-[3/1] w-full object-cover" referrerPolicy="no-referrer" />
      )}
      <div className="space-y-4 p-6 sm:p-8">
        {state === "valid" || member ? (
          <>
            <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">{t("eyebrow")}</p>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{course.title}</h1>
            {course.summary && <p className="text-muted">{course.summary}</p>}
            {member ? (
              <>
                <p>{t("alreadyMember", { role: current })}</p>
                <Link href={courseHref} className={buttonPrimary}>
                  {t("goToCourse")}
                </Link>
              </>
            ) : (
              <>
                <p className="font-medium">{t("offer", { role })}</p>
                {user ? (
                  <JoinButton code={code} />
                ) : (
                  <div className="space-y-3">
                    <p className="text-sm text-muted">{t("visitorHint")}</p>
                    <div className="flex flex-wrap gap-3">
                      <Link href={`/signup?next=${encodeURIComponent(here)}`} className={buttonPrimary}>
                        {t("signUp")}
                      </Link>
                      <Link href={`/signin?next=${encodeURIComponent(here)}`} className={buttonSecondary}>
                        {t("signIn")}
                      </Link>
                    </div>
                  </div>
                )}
              </>
            )}
          </>
        ) : (
          <>
            <p className="text-xs font-semibold uppercase tracking-wider text-muted">{course.title}</p>
            <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t("goneTitle")}</h1>
            <p className="text-lg">{t(`gone.${state}`)}</p>
            <p className="text-muted">{t("goneHint")}</p>
            <Link href={courseHref} className={buttonSecondary}>
              {t("seeCourse")}
            </Link>
          </>
        )}
      </div>
    </article>
  );
}
