import { expect, test } from "../fixtures";

const valid = () => ({
  email: `reg-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@test.example`,
  password: "long-enough-pw",
  name: "Reg",
});

test("registration returns the user without password fields", async ({ request }) => {
  const input = valid();
  const res = await request.post("/api/register", { data: { ...input, email: input.email.toUpperCase() } });
  expect(res.status()).toBe(201);
  const body = await res.json();
  expect(body).toEqual({ id: expect.any(String), email: input.email, name: "Reg", avatarUrl: null, role: "learner" });
  expect(JSON.stringify(body)).not.toMatch(/password/i);
});

const badBodies: Array<[string, unknown, string[]]> = [
  ["a bad email", { ...valid(), email: "not-an-email" }, ["email"]],
  ["a short password", { ...valid(), password: "short" }, ["password"]],
  ["a missing name", { email: "x@test.example", password: "long-enough-pw" }, ["name"]],
  ["missing fields", {}, ["email", "password", "name"]],
  ["an unknown field", { ...valid(), role: "ADMIN" }, []],
  ["wrong types", { email: 5, password: [], name: null }, ["email", "password", "name"]],
];

for (const [what, data, paths] of badBodies) {
  test(`registration with ${what} answers 400 validation_failed`, async ({ request }) => {
    const res = await request.post("/api/register", { data: data as object });
    expect(res.status()).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("validation_failed");
    expect(body.error.message).toEqual(expect.any(String));
    for (const p of paths) expect(body.error.issues.map((i: { path: string[] }) => i.path[0])).toContain(p);
  });
}

test("a duplicate email in another case answers 409", async ({ request }) => {
  const input = valid();
  expect((await request.post("/api/register", { data: input })).status()).toBe(201);
  const res = await request.post("/api/register", { data: { ...input, email: `  ${input.email.toUpperCase()} ` } });
  expect(res.status()).toBe(409);
  expect((await res.json()).error.code).toBe("conflict");
});

test("a body that is not JSON answers 400 bad_request", async ({ request }) => {
  const res = await request.post("/api/register", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(res.status()).toBe(400);
  expect(await res.json()).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
});

test("a form body answers 415", async ({ request }) => {
  const res = await request.post("/api/register", { form: valid() });
  expect(res.status()).toBe(415);
  expect((await res.json()).error.code).toBe("unsupported_media_type");
});

test("a huge body answers 413", async ({ request }) => {
  const res = await request.post("/api/register", { data: { ...valid(), name: "x".repeat(100_000) } });
  expect(res.status()).toBe(413);
  expect((await res.json()).error.code).toBe("payload_too_large");
});

test("a cross-site registration is refused", async ({ request }) => {
  const res = await request.post("/api/register", { data: valid(), headers: { origin: "https://evil.example" } });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("forbidden");
});

test("registration is rate-limited per address with Retry-After", async ({ request }) => {
  const headers = { "x-forwarded-for": "203.0.113.77" };
  let last = 0;
  for (let i = 0; i < 150 && last !== 429; i++) {
    last = (await request.post("/api/register", { data: valid(), headers })).status();
  }
  expect(last).toBe(429);
  const res = await request.post("/api/register", { data: valid(), headers });
  expect(res.status()).toBe(429);
  expect(Number(res.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await res.json()).error.code).toBe("rate_limited");
});
