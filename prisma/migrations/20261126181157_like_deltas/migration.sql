-- CreateTable
CREATE TABLE "comment_like_deltas" (
    "comment_id" TEXT NOT NULL,
    "slot" SMALLINT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "comment_like_deltas_pkey" PRIMARY KEY ("comment_id","slot")
);

-- AddForeignKey
ALTER TABLE "comment_like_deltas" ADD CONSTRAINT "comment_like_deltas_comment_id_fkey" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE CASCADE;
