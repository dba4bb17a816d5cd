import { EssayEditor } from "@/components/essays/essay-editor";
import { getCurrentUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getOwnEssay } from "@/lib/essays/queries";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("essays"))("editHeading") };
}

// The author's editor for one essay (any status: drafts and returned ones are editable,
// submitted and published ones are shown as they stand). Nobody else's: 404.
export default async function EditEssayPage({ params }: PageProps<"/essays/[id]/edit">) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(`/essays/${id}/edit`)}`);
  const { essay } = await getOwnEssay(user, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === "not_found") notFound();
    throw err;
  });
  return <EssayEditor key={essay.id} viewerId={user.id} course={essay.course} initial={essay} />;
}
