// Two courses with activity in each, for the studio's isolation tests: an instructor of
// one must never see the other's comments, reports, numbers or exports.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addMember, createComment, createCourse, createLesson, createUser } from "../../prisma/factories";
import { asCurrent } from "../../prisma/world";

export async function createStudioCourse(db: PrismaClient, label: string) {
  const course = await createCourse(db, { title: `Course ${label}` });
  const [instructor, learner, reporter] = await Promise.all([
    createUser(db, { name: `Instructor ${label}` }),
    createUser(db, { name: `Learner ${label}` }),
    createUser(db, { name: `Reporter ${label}` }),
  ]);
  await addMember(db, course.id, instructor.id, "INSTRUCTOR");
  await addMember(db, course.id, learner.id);
  await addMember(db, course.id, reporter.id);
  const lesson = await createLesson(db, course.id, instructor.id, { title: `Lesson ${label}`, position: 1 });
  const base = { courseId: course.id, articleId: lesson.id, authorId: learner.id };
  const pending = await createComment(db, { ...base, body: `pending in ${label}` });
  const featured = await createComment(db, { ...base, status: "FEATURED", body: `featured in ${label}` });
  await db.comment.update({ where: { id: featured.id }, data: { likeCount: 3 } });
  const reply = await db.reply.create({
    data: { commentId: featured.id, authorId: learner.id, body: `reply in ${label}` },
  });
  await db.comment.update({ where: { id: featured.id }, data: { replyCount: 1 } });
  const report = await db.report.create({
    data: { courseId: course.id, commentId: featured.id, reporterId: reporter.id, reason: `report in ${label}` },
  });
  return {
    course,
    lesson,
    pending,
    featured,
    reply,
    report,
    users: { instructor: asCurrent(instructor), learner: asCurrent(learner), reporter: asCurrent(reporter) },
  };
}

export type StudioCourse = Awaited<ReturnType<typeof createStudioCourse>>;

/** The AppError code a promise rejects with. */
export const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "resolved",
    (err: unknown) => (err as { code?: string }).code ?? String(err),
  );
