// "Forgot password?" end to end: the mail is caught by a real SMTP server this spec starts
// where the web server sends mail (e2e/smtp-port.ts).
import { createUser } from "../prisma/factories";
import { TestSmtp } from "../tests/support/smtp";
import { expect, test } from "./fixtures";
import { smtpPort } from "./smtp-port";

test.describe.configure({ mode: "serial" }); // one SMTP server on one port
// Next's route announcer is an "alert" too: alerts and statuses are found by their text.
let smtp: TestSmtp;
test.beforeAll(async () => {
  smtp = new TestSmtp(smtpPort());
  await smtp.start();
});
test.afterAll(() => smtp.stop());

/** The reset link in the mail to `email` (quoted-printable soft breaks undone). */
async function resetLink(email: string) {
  const mine = () => smtp.mails.filter((m) => m.to.includes(email));
  await smtp.waitFor(() => mine().length > 0);
  const raw = mine()[0]!.raw.replace(/=\r?\n/g, "");
  return new URL(/https?:\/\/\S+?\/reset-password\/[\w-]{43}/.exec(raw)![0]).pathname;
}

test("forgot password → mail → new password → sign in", async ({ page, db }) => {
  const user = await createUser(db, { name: "Reset Reader" });
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail").fill("not-an-address");
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Enter a valid email address." })).toBeVisible();
  await expect(page.getByLabel("E-mail")).toHaveValue("not-an-address"); // kept on the error
  await page.getByLabel("E-mail").fill(user.email.toUpperCase());
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a link is on its way" })).toBeVisible();

  const link = await resetLink(user.email);
  await page.goto(link);
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Use at least 8 characters." })).toBeVisible();
  await page.getByLabel("New password").fill("a fresh new password");
  await page.getByRole("button", { name: "Save the new password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password is changed" })).toBeVisible();

  await page.goto(link); // spent
  await expect(page.getByRole("alert").filter({ hasText: "This link was already used or has expired." })).toBeVisible();
  expect(
    (
      await page.request.post(`/api/password-reset/${link.split("/").pop()}`, { data: { password: "yet another one" } })
    ).status(),
  ).toBe(410);

  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("a fresh new password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toHaveText("Reset Reader");
});

test("the answer is the same for an address without an account, and no mail goes out", async ({ page }) => {
  const email = `nobody-${Date.now()}@test.example`;
  await page.goto("/reset-password");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send the link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a link is on its way" })).toBeVisible();
  await page.waitForTimeout(2_000);
  expect(smtp.mails.filter((m) => m.to.includes(email))).toEqual([]);
});
