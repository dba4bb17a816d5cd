"use client";

import { ArchivedNotice } from "@/components/courses/archived-notice";
import { JoinButton } from "@/components/courses/join-button";
import type { CommentDTO } from "@/lib/comments/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useDiscussion } from "./discussion-context";
import { Composer } from "./on-demand";

/** The composer for members (a notice instead in an archived course); a way in for everyone else. */
export function Participation({ onPosted }: { onPosted: (comment: CommentDTO) => void }) {
  const t = useTranslations("comments");
  const { access, signInHref, courseSlug } = useDiscussion();
  if (access.canPost) return <Composer onPosted={onPosted} />;
  if (access.canParticipate) return <ArchivedNotice />;
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-line bg-card p-4">
      {access.role === "visitor" ? (
        <Link href={signInHref} className="font-medium text-accent-strong underline underline-offset-2">
          {t("signInToComment")}
        </Link>
      ) : (
        <>
          <p className="text-sm text-muted">{t("joinToParticipate")}</p>
          {access.canJoin && <JoinButton courseSlug={courseSlug} />}
        </>
      )}
    </div>
  );
}
