import { describe, expect, it } from "vitest";
import { registerUser, verifyCredentials } from "@/lib/auth/users";

const email = () => `u-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@test.example`;

describe("accounts", () => {
  it("stores a hash, never the password, and signs in case-insensitively", async () => {
    const address = email();
    const user = await registerUser({ email: address, password: "secret-enough", name: "Ann" });
    expect(user).not.toHaveProperty("passwordHash");
    expect(await verifyCredentials({ email: address, password: "secret-enough" })).toMatchObject({ id: user.id });
    expect(await verifyCredentials({ email: address, password: "wrong-secret" })).toBeNull();
    expect(await verifyCredentials({ email: "nobody@test.example", password: "secret-enough" })).toBeNull();
  });

  it("refuses a second account for the same email", async () => {
    const address = email();
    await registerUser({ email: address, password: "secret-enough", name: "Ann" });
    await expect(registerUser({ email: address, password: "secret-enough", name: "Bo" })).rejects.toMatchObject({ code: "conflict" });
  });
});
