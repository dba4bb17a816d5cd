import { RegisterSchema } from "@/lib/auth/schema";
import { registerUser } from "@/lib/auth/users";
import { readJson, withApiErrors } from "@/lib/http";
import { clientIp, rateLimit } from "@/lib/rate-limit";

// POST /api/register — anyone: {email, password, name} → 201 user
export const POST = withApiErrors(async (req: Request) => {
  await rateLimit("register", clientIp(req));
  const input = await readJson(req, RegisterSchema);
  const user = await registerUser(input);
  return Response.json(user, { status: 201 });
});
