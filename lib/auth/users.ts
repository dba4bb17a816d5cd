import { checkPassword, hashPassword } from "@/lib/auth/passwords";
import type { RegisterInput, SignInInput, UserDTO } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/client";
import "server-only";

export function toUserDTO(u: {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  role: Role;
}): UserDTO {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    avatarUrl: u.avatarUrl,
    role: u.role === "ADMIN" ? "admin" : "learner",
  };
}

/** Anyone may register; an email (compared lower-case) has one account. */
export async function registerUser(input: RegisterInput): Promise<UserDTO> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    return toUserDTO(user);
  } catch (err) {
    if (typeof err === "object" && err && "code" in err && err.code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists.");
    }
    throw err;
  }
}

/**
 * The user whose email and password match, with the session version a new session starts at,
 * or null: one answer for an unknown email, a wrong password and a suspended account.
 */
export async function verifyCredentials(input: SignInInput): Promise<(UserDTO & { sessionVersion: number }) | null> {
  const user = await db.user.findUnique({
    where: { email: input.email },
    omit: { passwordHash: false },
  });
  const isValid = await checkPassword(user?.passwordHash ?? null, input.password);
  if (!user || !isValid || user.suspendedAt) return null;
  return { ...toUserDTO(user), sessionVersion: user.sessionVersion };
}
