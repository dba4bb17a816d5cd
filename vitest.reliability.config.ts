import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Tests that start the production server (they need `next build` first): npm run test:reliability.
// tests/scale (several servers sharing Redis) also runs alone: npx vitest run tests/scale.
export default defineConfig({
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/support/empty.ts") } },
  test: {
    include: ["tests/reliability/**/*.test.ts", "tests/scale/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
