import { addMember, createCourse, createUser } from "../prisma/factories";
import { expect, signIn, test } from "./fixtures";

const DIGEST = /Weekly digest of my courses/;

test("instructors switch their weekly digest off in settings; learners are not offered one", async ({ page, db }) => {
  const course = await createCourse(db);
  const [teacher, learner] = [await createUser(db), await createUser(db)];
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);

  await signIn(page, learner.email, learner.password);
  await page.goto("/settings");
  await expect(page.getByRole("switch", { name: /A comment of mine is featured/ })).toBeVisible();
  await expect(page.getByRole("switch", { name: DIGEST })).toHaveCount(0);

  await signIn(page, teacher.email, teacher.password);
  await page.goto("/settings");
  const digest = page.getByRole("switch", { name: DIGEST });
  await expect(digest).toBeChecked();
  await digest.uncheck({ force: true }); // the input is visually hidden behind its drawn switch
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("switch", { name: DIGEST })).not.toBeChecked();
  expect(await db.user.findUniqueOrThrow({ where: { id: teacher.id } })).toMatchObject({ mailDigest: false });
});
