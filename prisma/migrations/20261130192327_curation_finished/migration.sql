-- CreateEnum
CREATE TYPE "ReplyStatus" AS ENUM ('PENDING', 'PUBLISHED');

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'REPLY_PUBLISHED';

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "curation_reason" TEXT,
ADD COLUMN     "faq_at" TIMESTAMP(3),
ADD COLUMN     "seen_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "courses" ADD COLUMN     "replies_need_curation" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "replies" ADD COLUMN     "status" "ReplyStatus" NOT NULL DEFAULT 'PUBLISHED';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "mail_digest" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "comments_article_id_faq_at_idx" ON "comments"("article_id", "faq_at");

-- CreateIndex
CREATE INDEX "replies_status_created_at_idx" ON "replies"("status", "created_at" DESC);
