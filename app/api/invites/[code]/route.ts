import { members } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { acceptInvite, previewInvite } from "@/lib/invites/accept";
import { revokeInvite } from "@/lib/invites/manage";
import { publicOrigin } from "@/lib/origin";

export const GET = route(members.previewInvite, async ({ user, params }) =>
  Response.json(await previewInvite(user, params.code), { headers: { "Cache-Control": "private, no-store" } }),
);

export const POST = route(members.acceptInvite, async ({ user, params }) =>
  Response.json(await acceptInvite(user, params.code)),
);

export const DELETE = route(members.revokeInvite, async ({ req, user, params }) =>
  Response.json(await revokeInvite(user, params.code, publicOrigin(req.headers))),
);
