import { db } from "@/lib/db";
import { inviteState } from "@/lib/invites/schema";

// The HTTP status of an invite page, for proxy.ts: App Router pages cannot answer 410
// themselves, so the proxy sets it before /invite/{code} renders. Not "server-only": the
// proxy bundle imports it.

const INVITE_PAGE = /^\/invite\/([A-Za-z0-9_-]{1,100})$/;

/** 410 for the page of an expired, revoked or used-up invite; undefined for everything else. */
export async function invitePageStatus(pathname: string): Promise<410 | undefined> {
  const code = INVITE_PAGE.exec(pathname)?.[1];
  if (!code) return undefined;
  try {
    const invite = await db.invite.findUnique({
      where: { code },
      select: { maxUses: true, uses: true, expiresAt: true, revokedAt: true },
    });
    return invite && inviteState(invite) !== "valid" ? 410 : undefined;
  } catch {
    return undefined; // the page itself reports a database outage
  }
}
