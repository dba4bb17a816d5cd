// Without SMTP_URL outside production, mail lands in .data/mail/ as .eml files.
import { deliver, MAIL_DIR } from "@/lib/mail/transport";
import { readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { expect, it } from "vitest";

it("writes each mail to .data/mail/<time>-<id>.eml when SMTP_URL is not set", async () => {
  expect(process.env.SMTP_URL).toBeUndefined();
  const id = `transport-${Date.now()}`;
  await deliver(
    { to: "reader@test.example", subject: "Hello", text: "Body", html: "<p>Body</p>" },
    `<${id}@jingxuan.mail>`,
  );
  const file = (await readdir(MAIL_DIR)).find((f) => f.includes(id.replace(/\W/g, "")));
  expect(file).toMatch(/^\d{4}-\d\d-\d\dT.*\.eml$/);
  const raw = await readFile(path.join(MAIL_DIR, file!), "utf8");
  expect(raw).toContain("To: reader@test.example");
  expect(raw).toContain("Subject: Hello");
  await rm(path.join(MAIL_DIR, file!));
});
