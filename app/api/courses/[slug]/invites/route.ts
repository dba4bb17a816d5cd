import { members } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { createInvite, listInvites } from "@/lib/invites/manage";
import { publicOrigin } from "@/lib/origin";

export const GET = route(members.listInvites, async ({ req, user, params }) =>
  Response.json(await listInvites(user, params.slug, publicOrigin(req.headers)), {
    headers: { "Cache-Control": "private, no-store" },
  }),
);

export const POST = route(members.createInvite, async ({ req, user, params, body }) =>
  Response.json(await createInvite(user, params.slug, body, publicOrigin(req.headers)), { status: 201 }),
);
