import { LocaleSwitcher } from "@/components/locale-switcher";
import { NotificationBell, SignOutButton } from "@/components/signed-in-header";
import { Avatar } from "@/components/ui/avatar";
import { getCurrentUser } from "@/lib/auth/session";
import { teachesAnyCourse } from "@/lib/studio/access";
import { getTranslations } from "next-intl/server";
import Link from "next/link";

export async function SiteHeader() {
  const [t, tAdmin, tSettings, user] = await Promise.all([
    getTranslations("nav"),
    getTranslations("admin"),
    getTranslations("settings"),
    getCurrentUser(),
  ]);
  const hasStudio = await teachesAnyCourse(user);
  return (
    <header className="border-b border-line bg-card/80 backdrop-blur">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
          <span className="text-xl font-bold tracking-wide text-accent">精选</span>
          <span className="text-sm font-semibold text-muted">Jingxuan</span>
        </Link>
        <nav aria-label={t("main")} className="flex items-center gap-3 text-sm">
          <Link href="/" className="text-muted hover:text-ink">
            {t("home")}
          </Link>
          {hasStudio && (
            <Link href="/studio" className="text-muted hover:text-ink">
              {t("studio")}
            </Link>
          )}
          {user?.role === "ADMIN" && (
            <Link href="/admin" className="text-muted hover:text-ink">
              {tAdmin("nav")}
            </Link>
          )}
          {user && (
            <Link href="/me" className="text-muted hover:text-ink">
              {t("me")}
            </Link>
          )}
          {user && (
            <Link href="/settings" className="text-muted hover:text-ink">
              {tSettings("nav")}
            </Link>
          )}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LocaleSwitcher isSignedIn={!!user} />
          {user ? (
            <>
              <NotificationBell />
              <span className="flex items-center gap-2">
                <Avatar id={user.id} name={user.name} url={user.avatarUrl} size={28} />
                <span className="hidden font-medium sm:inline" data-testid="current-user">
                  {user.name}
                </span>
              </span>
              <SignOutButton label={t("signOut")} />
            </>
          ) : (
            <>
              <Link href="/signin" className="font-medium text-accent-strong hover:underline">
                {t("signIn")}
              </Link>
              <Link
                href="/signup"
                className="rounded-lg bg-accent px-3 py-1.5 font-semibold text-white hover:bg-accent-strong"
              >
                {t("signUp")}
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
