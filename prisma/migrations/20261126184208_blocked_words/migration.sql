-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "held_reason" TEXT;

-- AlterTable
ALTER TABLE "courses" ADD COLUMN     "blocked_words" TEXT[] DEFAULT ARRAY[]::TEXT[];
