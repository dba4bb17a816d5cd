import AxeBuilder from "@axe-core/playwright";
import { addMember, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

const PAGES = [
  "/",
  "/courses/high-concurrency",
  "/courses/high-concurrency/articles/why-systems-fall-over",
  "/courses/high-concurrency/chapters/demo-chapter-2/recap",
  "/signin",
  "/signup",
  "/settings",
];

for (const locale of ["en", "zh-CN"]) {
  for (const path of PAGES) {
    test(`no serious accessibility violations on ${path} (${locale})`, async ({ page, context, baseURL, db }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      const course = await db.course.findUniqueOrThrow({ where: { slug: "high-concurrency" } });
      const member = await createUser(db);
      await addMember(db, course.id, member.id);
      await signIn(page, member.email, member.password);
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
