import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  // tsup writes (and deletes) a bundled copy of its config next to it while a build runs beside the lint.
  { ignores: ["**/dist/**", "**/tsup.config.bundled_*", "**/node_modules/**", "**/generated/**", "docs/api/**", "coverage/**", ".cache/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", URL: "readonly", setTimeout: "readonly", clearTimeout: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-globals": ["error", { name: "fetch", message: "Requests go through the one client in @xerotier/api." }],
    },
  },
  {
    // zod is no dependency of a published package: its generated schemas (generated/zod.ts) only
    // check the generated predicates in tests. Importing it from a package's code would ship it.
    files: ["packages/*/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^zod(/|$)|/generated/zod$", message: "zod is a test oracle only (see openapi/README.md), never a runtime dependency." }] }],
    },
  },
  {
    // Only the transport may touch the global fetch; tests and tooling may too.
    files: ["packages/api/src/core/**", "packages/api/src/client.ts", "**/*.test.ts", "**/test/**", "scripts/**", "bench/**", "packages/testing/**"],
    rules: { "no-restricted-globals": "off" },
  },
);
