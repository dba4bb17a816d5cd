import type { AuditAction } from "@/lib/admin/audit-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import "server-only";

export type AuditInput = {
  /** Null for actions outside any course (an admin suspending a user). */
  courseId: string | null;
  actorId: string;
  action: AuditAction;
  targetType: "course" | "chapter" | "article" | "user" | "reply";
  targetId: string;
  before?: Prisma.InputJsonObject | null;
  after?: Prisma.InputJsonObject | null;
};

/** Records who changed what, inside the transaction that made the change (the admin area's audit log). */
export async function audit(tx: Prisma.TransactionClient, e: AuditInput) {
  await tx.auditEvent.create({
    data: { ...e, before: e.before ?? undefined, after: e.after ?? undefined },
  });
}
