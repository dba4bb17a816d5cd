import { UsersPanel } from "@/components/admin/users/users-panel";
import { listUsers } from "@/lib/admin/users";
import { ListUsersQuerySchema } from "@/lib/admin/users-schema";
import { getCurrentUser } from "@/lib/auth/session";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin-users"))("title") };
}

// Admins: everyone, searchable, with suspension and the admin role (the layout turns others away).
export default async function AdminUsersPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?next=/admin/users");
  if (user.role !== "ADMIN") return null; // the layout shows non-admins why there is nothing here
  const [t, first] = await Promise.all([
    getTranslations("admin-users"),
    listUsers(user, ListUsersQuerySchema.parse({})),
  ]);
  return (
    <section aria-labelledby="users-title" className="space-y-6">
      <header>
        <h1 id="users-title" className="text-3xl font-bold tracking-tight">
          {t("title")}
        </h1>
        <p className="mt-2 max-w-3xl text-muted">{t("intro")}</p>
      </header>
      <UsersPanel first={first} viewerId={user.id} />
    </section>
  );
}
