-- AlterEnum
ALTER TYPE "CommentStatus" ADD VALUE 'LINKED';

-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'COMMENT_LINKED';

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "answered_in_id" TEXT;

-- CreateIndex
CREATE INDEX "comments_answered_in_id_idx" ON "comments"("answered_in_id");

-- AddForeignKey
ALTER TABLE "comments" ADD CONSTRAINT "comments_answered_in_id_fkey" FOREIGN KEY ("answered_in_id") REFERENCES "comments"("id") ON DELETE SET NULL ON UPDATE CASCADE;
