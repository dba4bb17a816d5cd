import "dotenv/config";
import { defineConfig } from "prisma/config";

// The project's own runner applies migrations (scripts/db-migrate.ts); this file
// serves `prisma generate` and the Prisma CLI where it can run.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
