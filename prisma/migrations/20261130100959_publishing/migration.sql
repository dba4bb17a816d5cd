-- CreateEnum
CREATE TYPE "Enrollment" AS ENUM ('OPEN', 'INVITE');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "chapter_id" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "courses" ADD COLUMN     "archived_at" TIMESTAMP(3),
ADD COLUMN     "cover_url" TEXT,
ADD COLUMN     "enrollment" "Enrollment" NOT NULL DEFAULT 'OPEN',
ADD COLUMN     "trial_lessons" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "chapters" (
    "id" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "chapters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "invites" (
    "code" TEXT NOT NULL,
    "course_id" TEXT NOT NULL,
    "role" "MemberRole" NOT NULL DEFAULT 'LEARNER',
    "max_uses" INTEGER,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3),
    "revoked_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "invites_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "chapters_course_id_position_idx" ON "chapters"("course_id", "position");

-- CreateIndex
CREATE INDEX "invites_course_id_created_at_idx" ON "invites"("course_id", "created_at" DESC);

-- CreateIndex
CREATE INDEX "articles_chapter_id_position_idx" ON "articles"("chapter_id", "position");

-- AddForeignKey
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "invites" ADD CONSTRAINT "invites_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_chapter_id_fkey" FOREIGN KEY ("chapter_id") REFERENCES "chapters"("id") ON DELETE SET NULL ON UPDATE CASCADE;
