import { members } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { removeMember, setMemberRole } from "@/lib/courses/members";

export const PUT = route(members.setMemberRole, async ({ user, params, body }) =>
  Response.json(await setMemberRole(user, params.slug, params.userId, body.role)),
);

export const DELETE = route(members.removeMember, async ({ user, params }) => {
  await removeMember(user, params.slug, params.userId);
  return new Response(null, { status: 204 });
});
