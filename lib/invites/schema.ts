import type { MemberRoleName } from "@/lib/courses/member-schema";
import { z } from "@/lib/zod";

// Invites: a link that makes whoever opens it a member with the invite's role, up to
// `maxUses` times and until `expiresAt`. Shared by the routes (server) and the studio and
// invite pages (client).

export type InviteState = "valid" | "expired" | "revoked" | "used_up";

export const INVITE_MAX_USES = 10_000;
export const INVITE_MAX_DAYS = 365;

/** POST /api/courses/:slug/invites */
export const CreateInviteSchema = z.strictObject({
  role: z.enum(["learner", "instructor"], { error: 'Give role "learner" or "instructor".' }).default("learner"),
  maxUses: z
    .int({ error: "Uses must be a whole number." })
    .min(1, { error: "Allow at least one use." })
    .max(INVITE_MAX_USES, { error: `Allow at most ${INVITE_MAX_USES} uses.` })
    .nullable()
    .optional(),
  expiresAt: z.iso
    .datetime({ offset: true, error: "Give the expiry as an ISO date and time." })
    .refine((v) => Date.parse(v) > Date.now(), { error: "The expiry must be in the future." })
    .refine((v) => Date.parse(v) <= Date.now() + (INVITE_MAX_DAYS + 1) * 86_400_000, {
      error: `Let an invite run at most ${INVITE_MAX_DAYS} days.`,
    })
    .nullable()
    .optional(),
});

export type CreateInviteInput = z.infer<typeof CreateInviteSchema>;

/** An invite as its course's curators see it. */
export type InviteDTO = {
  code: string;
  url: string;
  role: MemberRoleName;
  maxUses: number | null;
  uses: number;
  expiresAt: string | null;
  revokedAt: string | null;
  createdAt: string;
  state: InviteState;
};

/** An invite as anyone holding its code sees it. */
export type InvitePreviewDTO = {
  course: { slug: string; title: string; summary: string; coverUrl: string | null };
  role: MemberRoleName;
  state: InviteState;
  /** The viewer's role in the course already, when signed in and a member. */
  memberRole: MemberRoleName | null;
};

/** The state of an invite at `now`: revoked wins over expired, expired over used up. */
export function inviteState(
  i: { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number },
  now = new Date(),
): InviteState {
  if (i.revokedAt) return "revoked";
  if (i.expiresAt && i.expiresAt <= now) return "expired";
  if (i.maxUses !== null && i.uses >= i.maxUses) return "used_up";
  return "valid";
}

/** Why an invite can no longer be accepted, for the 410 answer. */
export const GONE_MESSAGE: Record<Exclude<InviteState, "valid">, string> = {
  expired: "This invite has expired.",
  revoked: "This invite was revoked.",
  used_up: "This invite has been used up.",
};
