import { NotInstructor } from "@/components/studio/not-instructor";
import { StudioTabs } from "@/components/studio/studio-tabs";
import { getCurrentUser } from "@/lib/auth/session";
import { canUseStudio } from "@/lib/studio/access";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: (await getTranslations("nav"))("studio"), template: "%s · Studio" },
    robots: { index: false },
  };
}

/**
 * The instructor-only area. Visitors sign in first; signed-in people who teach no course
 * get a friendly page and no data. Each page still asks lib/ for its own data, scoped to
 * the viewer, since layouts and pages render independently.
 */
export default async function StudioLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/studio");
  if (!(await canUseStudio(user))) return <NotInstructor />;
  const t = await getTranslations("studio");
  // The root layout sends readers' messages only; this area's client components read the rest.
  return (
    <NextIntlClientProvider>
      <div>
        <header className="border-b border-line">
          <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">{t("eyebrow")}</p>
          <div className="mt-2">
            <StudioTabs />
          </div>
        </header>
        <div className="pt-6">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
