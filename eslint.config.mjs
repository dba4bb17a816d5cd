import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const ZOD_IN_BROWSER = { name: "zod", message: "Import { z } from @/lib/zod (jitless in the browser, under the CSP)." };

const config = [
  ...nextVitals,
  ...nextTs,
  // Components can run in the browser: the error contract comes from lib/api-error.ts, never from
  // lib/errors.ts, which logs through pino and would pull it into the client bundle.
  {
    files: ["components/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@/lib/errors", message: "Server-only (pino): import the contract from @/lib/api-error." },
            { name: "@/lib/log", message: "Server-only (pino)." },
            ZOD_IN_BROWSER,
          ],
        },
      ],
    },
  },
  // Schemas run in the browser too, where zod must not compile parsers (lib/zod.ts says why).
  {
    files: ["lib/**", "app/**"],
    ignores: ["lib/zod.ts"],
    rules: { "no-restricted-imports": ["error", { paths: [ZOD_IN_BROWSER] }] },
  },
  // Playwright fixtures call their callback `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    ignores: [
      ".next/**",
      "lib/generated/**",
      "node_modules/**",
      ".data/**",
      "bench/.peer/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
    ],
  },
];

export default config;
