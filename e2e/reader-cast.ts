import type { PrismaClient } from "../lib/generated/prisma/client";
import { addMember, createComment, createCourse, createLesson, createUser } from "../prisma/factories";

/** A course with a lesson by its instructor, a learner (`author`) and one featured comment by another. */
export async function createCast(db: PrismaClient) {
  const course = await createCourse(db);
  const [author, member, teacher] = [
    await createUser(db),
    await createUser(db),
    await createUser(db, { name: "Teacher Cache" }),
  ];
  await addMember(db, course.id, author.id);
  await addMember(db, course.id, member.id);
  await addMember(db, course.id, teacher.id, "INSTRUCTOR");
  const lesson = await createLesson(db, course.id, teacher.id, { title: "Caches at the edge" });
  const featured = await createComment(db, {
    courseId: course.id,
    articleId: lesson.id,
    authorId: member.id,
    status: "FEATURED",
    body: "Where does the CDN sit?",
  });
  return { course, lesson, author, teacher, featured, url: `/courses/${course.slug}/articles/${lesson.slug}` };
}
