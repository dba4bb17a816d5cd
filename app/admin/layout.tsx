import { AdminNav } from "@/components/admin/admin-nav";
import { NotAdmin } from "@/components/admin/not-admin";
import { getCurrentUser } from "@/lib/auth/session";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { default: (await getTranslations("admin"))("nav"), template: "%s · Admin" },
    robots: { index: false },
  };
}

/**
 * The administrators' area: users, courses and the audit log. Visitors sign in first; everyone
 * else gets a plain page and no data. Each page still asks lib/ for its data as the viewer
 * (lib/ checks the role again).
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/admin");
  if (user.role !== "ADMIN") return <NotAdmin />;
  const t = await getTranslations("admin");
  // The root layout sends readers' messages only; this area's client components read the rest.
  return (
    <NextIntlClientProvider>
      <div>
        <header className="border-b border-line">
          <p className="text-xs font-semibold uppercase tracking-wider text-accent-strong">{t("eyebrow")}</p>
          <div className="mt-2">
            <AdminNav />
          </div>
        </header>
        <div className="pt-6">{children}</div>
      </div>
    </NextIntlClientProvider>
  );
}
