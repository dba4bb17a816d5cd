import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

export type AuditInput = {
  courseId: string;
  actorId: string;
  /** e.g. "course.create", "chapter.move", "lesson.publish". */
  action: string;
  targetType: "course" | "chapter" | "article";
  targetId: string;
  before?: Prisma.InputJsonObject | null;
  after?: Prisma.InputJsonObject | null;
};

/** Records who changed what in a course, inside the transaction that made the change. */
export async function audit(tx: Prisma.TransactionClient, e: AuditInput) {
  await tx.auditEvent.create({
    data: { ...e, before: e.before ?? undefined, after: e.after ?? undefined },
  });
}
