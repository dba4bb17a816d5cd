"use client";

import { useSeenOnScreen } from "@/components/comments/use-seen-on-screen";
import { Avatar } from "@/components/ui/avatar";
import { buttonSecondary, card } from "@/components/ui/styles";
import type { ClusterDTO } from "@/lib/studio/clusters-schema";
import type { QueueCommentItem } from "@/lib/studio/schema";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import { AnswerGroupForm } from "./answer-group-form";
import { StudioTime } from "./studio-time";

type Props = {
  cluster: ClusterDTO;
  serverNow: number;
  isAnswering: boolean;
  onAnsweringChange: (open: boolean) => void;
  onAnswer: (featureId: string, body: string) => Promise<string | null>;
};

/** One pending comment as a group lists it: who, where, when, what. */
function Member({ item, serverNow }: { item: QueueCommentItem; serverNow: number }) {
  const t = useTranslations("studio.groups");
  const { comment } = item;
  const seenRef = useSeenOnScreen(comment.id, true); // shown to a curator: its author learns it was seen
  return (
    <li ref={seenRef} className="flex gap-2 py-2">
      <Avatar id={comment.author.id} name={comment.author.name} url={comment.author.avatarUrl} size={28} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 text-sm">
          <span className="font-semibold">{comment.author.name}</span>
          <Link href={item.article.href} className="text-muted underline-offset-2 hover:underline">
            {t("on", { title: item.article.title })}
          </Link>
          <StudioTime iso={item.createdAt} serverNow={serverNow} className="ml-auto" />
        </p>
        <p className="mt-1 whitespace-pre-wrap break-words text-sm leading-relaxed">{comment.body}</p>
      </div>
    </li>
  );
}

/** A question asked by several learners (members expandable, "Answer together"), or by one, shown plainly. */
export function QuestionGroup({ cluster, serverNow, isAnswering, onAnsweringChange, onAnswer }: Props) {
  const t = useTranslations("studio.groups");
  const id = useId();
  const [isOpen, setOpen] = useState(false);
  const count = cluster.commentIds.length;
  if (count === 1) {
    return (
      <li className={`${card} px-4`} data-testid="question-single">
        <ul>
          <Member item={cluster.comments[0]!} serverNow={serverNow} />
        </ul>
      </li>
    );
  }
  return (
    <li className={`${card} p-4`} data-testid="question-group" aria-labelledby={`${id}-label`}>
      <div className="flex flex-wrap items-start gap-2">
        <span className="inline-flex shrink-0 items-center rounded-full bg-accent-soft px-2 py-0.5 text-xs font-bold text-accent-strong">
          {t("count", { count })}
        </span>
        <h3 id={`${id}-label`} className="min-w-0 flex-1 break-words font-semibold leading-snug">
          {cluster.label}
        </h3>
      </div>
      <p className="mt-1 text-sm text-muted">{t("asking", { count })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={buttonSecondary}
          aria-expanded={isOpen}
          aria-controls={`${id}-members`}
          onClick={() => setOpen(!isOpen)}
        >
          {isOpen ? t("hideMembers") : t("showMembers", { count })}
        </button>
        {!isAnswering && (
          <button type="button" className={buttonSecondary} onClick={() => onAnsweringChange(true)}>
            {t("answerTogether")}
          </button>
        )}
      </div>
      <ul id={`${id}-members`} hidden={!isOpen} className="mt-2 divide-y divide-line">
        {cluster.comments.map((item) => (
          <Member key={item.id} item={item} serverNow={serverNow} />
        ))}
      </ul>
      {isAnswering && (
        <AnswerGroupForm cluster={cluster} onSubmit={onAnswer} onCancel={() => onAnsweringChange(false)} />
      )}
    </li>
  );
}
