import { accounts } from "@/lib/api/endpoints";
import { route } from "@/lib/api/route";
import { registerUser } from "@/lib/auth/users";

export const POST = route(accounts.register, async ({ body }) =>
  Response.json(await registerUser(body), { status: 201 }),
);
