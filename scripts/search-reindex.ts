// npm run db:reindex: analyze again every row whose search index is missing or older than the
// analyzer (setup and every start do this too; tests that write rows straight to the database call it).
import { describeReindex, reindexStale } from "../lib/search/reindex";
import { connect } from "../prisma/factories";
import { openAppDatabase } from "./db/app-database";

const { url, server } = await openAppDatabase();
const db = connect(url);
try {
  console.log(describeReindex(await reindexStale(db)));
} finally {
  await db.$disconnect();
  await server.stop();
}
