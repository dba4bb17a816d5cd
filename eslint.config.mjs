import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  // Playwright fixtures call their callback `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "bench/.peer/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
];

export default config;
