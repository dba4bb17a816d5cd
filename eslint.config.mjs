import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
          ],
        },
      ],
    },
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
