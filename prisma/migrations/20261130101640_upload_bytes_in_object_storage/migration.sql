-- AlterTable
ALTER TABLE "uploads" ALTER COLUMN "bytes" DROP NOT NULL;
