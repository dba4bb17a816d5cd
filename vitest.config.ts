import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Server modules mark themselves "server-only"; tests call them from plain Node.
      "server-only": path.join(root, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "tests/**/*.test.ts"],
    // Tests that start the production server run after the build: vitest.reliability.config.ts.
    exclude: ["tests/reliability/**", "tests/scale/**", "node_modules/**"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/mail-teardown.ts"],
    // next-auth imports "next/server" without an extension, which Node's ESM loader refuses.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
