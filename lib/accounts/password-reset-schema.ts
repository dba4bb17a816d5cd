import { EmailField, PasswordField } from "@/lib/validation";
import { z } from "@/lib/zod";

// Shared by the API (lib/accounts/password-reset.ts) and the reset forms in the browser.
export const ResetRequestSchema = z.strictObject({ email: EmailField });
export const ResetPasswordSchema = z.strictObject({ password: PasswordField });
