import { AvatarForm } from "@/components/settings/avatar-form";
import { NameForm } from "@/components/settings/name-form";
import { PasswordForm } from "@/components/settings/password-form";
import { MailSwitches, PreferencesForm } from "@/components/settings/preferences-form";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { card } from "@/components/ui/styles";
import { getProfile } from "@/lib/accounts/profile";
import { timeZoneOptions } from "@/lib/accounts/time-zones";
import { getCurrentUser } from "@/lib/auth/session";
import { canUseStudio } from "@/lib/studio/access";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={`${card} space-y-4 p-5 sm:p-6`}>
      <div>
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {intro && <p className="mt-1 text-sm text-muted">{intro}</p>}
      </div>
      {children}
    </section>
  );
}

// The signed-in user's own account: how others see them, how the site speaks to them, how they sign in.
export default async function SettingsPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/settings");
  const [profile, t, canCurate] = await Promise.all([
    getProfile(user),
    getTranslations("settings"),
    canUseStudio(user),
  ]);

  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <header className="pt-4">
        <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
      </header>
      <Section id="settings-profile" title={t("profile.title")}>
        <NameForm initialName={profile.name} email={profile.email} />
      </Section>
      <Section id="settings-avatar" title={t("avatar.title")}>
        <AvatarForm user={profile} />
      </Section>
      <Section id="settings-preferences" title={t("preferences.title")}>
        <PreferencesForm timeZone={profile.timeZone} zones={timeZoneOptions()} />
      </Section>
      <Section id="settings-mail" title={t("mail.title")} intro={t("mail.intro")}>
        <MailSwitches initial={profile.mail} canCurate={canCurate} />
      </Section>
      <Section id="settings-password" title={t("password.title")}>
        <PasswordForm />
      </Section>
      <Section id="settings-sessions" title={t("sessions.title")} intro={t("sessions.intro")}>
        <SignOutEverywhere />
      </Section>
    </div>
  );
}
