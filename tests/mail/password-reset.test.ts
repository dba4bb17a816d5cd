import { hashResetToken, REQUEST_FLOOR_MS, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { verifyCredentials } from "@/lib/auth/users";
import { afterAll, describe, expect, it } from "vitest";
import { connect, createUser } from "../../prisma/factories";

const db = connect(process.env.DATABASE_URL!);
afterAll(() => db.$disconnect());
const ORIGIN = "https://jingxuan.example";

/** The reset mails queued to `email`, as the worker will send them. */
const queued = (email: string) =>
  db.$queryRaw<Array<{ data: { to: string; text: string; html: string } }>>`
    SELECT data FROM pgboss.job WHERE name = 'mail' AND data->>'to' = ${email}`;

/** Asks for a link for a new user and reads the token from the queued mail. */
async function linkFor() {
  const user = await createUser(db);
  await requestPasswordReset(user.email, ORIGIN);
  const [job] = await queued(user.email);
  const token = /\/reset-password\/([\w-]+)/.exec(job!.data.text)![1]!;
  return { user, token };
}

describe("password reset links", () => {
  it("are stored only as their sha256, valid for one hour", async () => {
    const before = Date.now();
    const { user, token } = await linkFor();
    const rows = await db.passwordResetToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(rows[0]!.tokenHash).not.toContain(token);
    const lifetime = rows[0]!.expiresAt.getTime() - before;
    expect(lifetime).toBeGreaterThan(59 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(60 * 60_000 + 5_000);
  });

  it("work once, change the password and end every session", async () => {
    const { user, token } = await linkFor();
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    await resetPassword(token, "a brand new secret");
    expect(await verifyCredentials({ email: user.email, password: "a brand new secret" })).toMatchObject({
      id: user.id,
    });
    expect(await verifyCredentials({ email: user.email, password: user.password })).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(sessionVersion + 1);
    await expect(resetPassword(token, "another new secret")).rejects.toMatchObject({ code: "gone" });
  });

  it("expire after an hour; an unknown token is not found", async () => {
    const { token } = await linkFor();
    await db.passwordResetToken.update({
      where: { tokenHash: hashResetToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword(token, "a brand new secret")).rejects.toMatchObject({ code: "gone" });
    await expect(resetPassword("no-such-token", "a brand new secret")).rejects.toMatchObject({ code: "not_found" });
  });

  it("using one link spends the account's other open links", async () => {
    const { user, token } = await linkFor();
    await requestPasswordReset(user.email, ORIGIN);
    const jobs = await queued(user.email);
    expect(jobs).toHaveLength(2);
    const second = /\/reset-password\/([\w-]+)/.exec(jobs.find((j) => !j.data.text.includes(token))!.data.text)![1]!;
    await resetPassword(token, "a brand new secret");
    await expect(resetPassword(second, "another new secret")).rejects.toMatchObject({ code: "gone" });
  });

  it("are neither made nor mailed for an unknown address", async () => {
    await requestPasswordReset("nobody-here@test.example", ORIGIN);
    expect(await queued("nobody-here@test.example")).toEqual([]);
  });

  it("are limited per address", async () => {
    const user = await createUser(db);
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, () => requestPasswordReset(user.email, ORIGIN)),
    );
    expect(attempts.filter((a) => a.status === "rejected")).not.toHaveLength(0);
    expect(attempts.flatMap((a) => (a.status === "rejected" ? [(a.reason as { code: string }).code] : []))).toContain(
      "rate_limited",
    );
  });
});

describe("asking for a link gives nothing away", () => {
  it("a known and an unknown address take about as long", { timeout: 60_000 }, async () => {
    const timed = async (fn: () => Promise<unknown>) => {
      const t = performance.now();
      await fn();
      return performance.now() - t;
    };
    // Interleaved pairs, so a busy machine slows both sides of each ratio alike (as sign-in's test).
    const ratios: number[] = [];
    for (let i = 0; i < 9; i++) {
      const known = await createUser(db);
      const unknown = await timed(() => requestPasswordReset(`nobody-${i}-${Date.now()}@test.example`, ORIGIN));
      const found = await timed(() => requestPasswordReset(known.email, ORIGIN));
      expect(Math.min(unknown, found)).toBeGreaterThanOrEqual(REQUEST_FLOOR_MS - 5);
      ratios.push(unknown / found);
    }
    const median = ratios.sort((a, b) => a - b)[4]!;
    // Both wait out the same floor; the known path's writes fit inside it.
    expect(median).toBeGreaterThan(0.8);
    expect(median).toBeLessThan(1.25);
  });
});
