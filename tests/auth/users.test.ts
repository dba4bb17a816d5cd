import { registerUser, verifyCredentials } from "@/lib/auth/users";
import { describe, expect, it } from "vitest";

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
    await expect(registerUser({ email: address, password: "secret-enough", name: "Bo" })).rejects.toMatchObject({
      code: "conflict",
    });
  });
});

describe("sign-in gives nothing away", () => {
  it("an unknown email and a wrong password take about as long", async () => {
    const address = email();
    await registerUser({ email: address, password: "secret-enough", name: "Timing" });
    const timed = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    // Interleaved pairs, so a busy machine slows both sides of each ratio alike.
    const ratios: number[] = [];
    for (let i = 0; i < 9; i++) {
      const unknown = await timed(() =>
        verifyCredentials({ email: "nobody-here@test.example", password: "secret-enough" }),
      );
      const wrong = await timed(() => verifyCredentials({ email: address, password: "wrong-secret" }));
      ratios.push(unknown / wrong);
    }
    const median = ratios.sort((a, b) => a - b)[4]!;
    // Both verify one argon2id hash; a lookup without the hash would be ~100× faster.
    expect(median).toBeGreaterThan(0.25);
    expect(median).toBeLessThan(4);
  });
});
