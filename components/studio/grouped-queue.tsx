"use client";

import { useApiErrorMessage } from "@/components/comments/use-messages";
import { callApi } from "@/components/ui/api";
import { LiveNotice } from "@/components/ui/live-notice";
import type { AnswerClusterResultDTO, ClusterDTO, ClustersDTO, ClustersQuery } from "@/lib/studio/clusters-schema";
import { CLUSTER_SCAN_MAX } from "@/lib/studio/clusters-schema";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { EmptyQueue } from "./empty-queue";
import { QuestionGroup } from "./question-group";
import { useQueueEvents } from "./use-queue-events";

type Props = { initial: ClustersDTO; filter: ClustersQuery; serverNow: number };

/** Queue notices come in bursts (a group answered elsewhere removes many ids): one re-read per this quiet spell. */
const REGROUP_DEBOUNCE_MS = 400;

const paramsOf = (filter: ClustersQuery) =>
  new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => typeof e[1] === "string"));

/**
 * The queue grouped by question: a group is answered once (one comment featured with the
 * answer, the others linked to it). Any queue notice, here or from another curator, re-reads
 * the groups, so a group answered elsewhere leaves this view too.
 */
export function GroupedQueue({ initial, filter, serverNow }: Props) {
  const t = useTranslations("studio.groups");
  const describe = useApiErrorMessage();
  const [clusters, setClusters] = useState<ClusterDTO[]>(initial.clusters);
  const [isTruncated, setTruncated] = useState(initial.truncated);
  /** The representative of the group being answered: it survives re-grouping while members come and go. */
  const [answeringId, setAnsweringId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const emptyRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function regroup() {
    const res = await callApi<ClustersDTO>(`/api/studio/clusters?${paramsOf(filter)}`);
    if (!res.ok) return;
    setClusters(res.data.clusters);
    setTruncated(res.data.truncated);
  }

  function scheduleRegroup() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void regroup(), REGROUP_DEBOUNCE_MS);
  }

  const liveStatus = useQueueEvents(
    { ...filter, kind: "comments" },
    { refresh: regroup, removed: scheduleRegroup, changed: scheduleRegroup },
  );

  async function answer(cluster: ClusterDTO, featureId: string, body: string): Promise<string | null> {
    const res = await callApi<AnswerClusterResultDTO>("/api/studio/clusters/answer", "POST", {
      commentIds: cluster.commentIds,
      featureId,
      reply: { body },
    });
    if (!res.ok) {
      const message = describe(res);
      setAnnouncement(t("failed", { message }));
      if (res.code === "conflict") scheduleRegroup(); // some were curated elsewhere: show the groups as they are now
      return message;
    }
    setClusters((list) => list.filter((c) => c.id !== cluster.id));
    setAnsweringId(null);
    setAnnouncement(t("answered", { count: cluster.commentIds.length, linked: res.data.linkedIds.length }));
    return null;
  }

  const answeringCluster = clusters.find((c) => answeringId !== null && c.commentIds.includes(answeringId));

  return (
    <div className="space-y-4" data-live={liveStatus}>
      <LiveNotice status={liveStatus} />
      <p role="status" className="min-h-5 text-sm font-medium text-accent-strong">
        {announcement}
      </p>
      {isTruncated && <p className="text-sm text-muted">{t("truncated", { max: CLUSTER_SCAN_MAX })}</p>}
      {clusters.length === 0 ? (
        <EmptyQueue headingRef={emptyRef} variant="queue" />
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3">
          {clusters.map((cluster) => (
            <QuestionGroup
              key={cluster.commentIds[0]}
              cluster={cluster}
              serverNow={serverNow}
              isAnswering={cluster === answeringCluster}
              onAnsweringChange={(open) => setAnsweringId(open ? cluster.commentIds[0]! : null)}
              onAnswer={(featureId, body) => answer(cluster, featureId, body)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
