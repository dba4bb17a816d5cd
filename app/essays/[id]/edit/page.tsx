import { EssayEditor } from "@/components/essays/essay-editor";
import { getCurrentUser } from "@/lib/auth/session";
import { getOwnEssay } from "@/lib/essays/queries";
import { orNotFound } from "@/lib/pages";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("essays"))("editHeading") };
}

// The author's editor for one essay (any status: drafts and returned ones are editable,
// submitted and published ones are shown as they stand). Nobody else's: 404.
export default async function EditEssayPage({ params }: PageProps<"/essays/[id]/edit">) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(`/essays/${id}/edit`)}`);
  const { essay } = await orNotFound(getOwnEssay(user, id));
  return <EssayEditor key={essay.id} viewerId={user.id} course={essay.course} initial={essay} />;
}
