-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "index_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "search_vector" tsvector;

-- AlterTable
ALTER TABLE "comments" ADD COLUMN     "index_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "search_vector" tsvector,
ADD COLUMN     "terms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "replies" ADD COLUMN     "index_version" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "search_vector" tsvector;

-- CreateIndex
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "articles_index_version_idx" ON "articles"("index_version");

-- CreateIndex
CREATE INDEX "comments_search_vector_idx" ON "comments" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "comments_index_version_idx" ON "comments"("index_version");

-- CreateIndex
CREATE INDEX "replies_search_vector_idx" ON "replies" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "replies_index_version_idx" ON "replies"("index_version");
