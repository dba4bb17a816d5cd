import { randomBytes } from "node:crypto";
import { addMember, createCourse, createUser } from "../prisma/factories";
import { test } from "./fixtures";

test("shots", async ({ page, db, signInAs, baseURL, context }) => {
  test.setTimeout(120_000);
  const course = await createCourse(db, { title: "高并发系统设计 40 问" });
  await db.course.update({ where: { id: course.id }, data: { enrollment: "INVITE", summary: "从零开始，带你搞懂高并发系统设计的核心问题。" } });
  for (const [name, role] of [["Ana Lima", "LEARNER"], ["王小明", "LEARNER"], ["Bo Chen", "INSTRUCTOR"]] as const) {
    const u = await createUser(db, { name });
    await addMember(db, course.id, u.id, role);
  }
  const mk = (data: object) => db.invite.create({ data: { code: randomBytes(16).toString("base64url"), courseId: course.id, ...data } });
  const valid = await mk({ maxUses: 30, uses: 4, expiresAt: new Date(Date.now() + 7 * 86400000) });
  await mk({ role: "INSTRUCTOR", maxUses: 1, uses: 1 });
  await mk({ revokedAt: new Date() });
  const expired = await mk({ expiresAt: new Date(Date.now() - 86400000) });
  const admin = await createUser(db, { role: "ADMIN", name: "Admin" });
  for (const locale of ["en", "zh-CN"]) {
    await context.clearCookies();
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/invite/${valid.code}`);
      await page.screenshot({ path: `/tmp/h2-shots/invite-${locale}-${width}.png`, fullPage: true });
      await page.goto(`/invite/${expired.code}`);
      await page.screenshot({ path: `/tmp/h2-shots/gone-${locale}-${width}.png`, fullPage: true });
    }
    await signInAs(admin);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/studio/courses/${course.slug}/members`);
      await page.screenshot({ path: `/tmp/h2-shots/members-${locale}-${width}.png`, fullPage: true });
      await page.goto(`/studio/courses/${course.slug}/invites`);
      await page.screenshot({ path: `/tmp/h2-shots/invites-${locale}-${width}.png`, fullPage: true });
    }
  }
});
