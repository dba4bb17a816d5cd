import { EmailField, NameField, PasswordField } from "@/lib/validation";
import { z } from "@/lib/zod";

export const RegisterSchema = z.strictObject({
  email: EmailField,
  password: PasswordField,
  name: NameField,
});
export type RegisterInput = z.infer<typeof RegisterSchema>;

export const SignInSchema = z.object({
  email: EmailField,
  password: z.string().min(1, { error: "Enter your password." }).max(200),
});
export type SignInInput = z.infer<typeof SignInSchema>;

export type UserDTO = { id: string; email: string; name: string; avatarUrl: string | null; role: "learner" | "admin" };
