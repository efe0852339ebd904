import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the sources, so no build is needed between an edit and a test run.
    alias: {
      "@xerotier/api": pkg("api"),
      "@xerotier/testing": pkg("testing"),
      "@xerotier/approvals": pkg("approvals"),
      "@xerotier/agents": pkg("agents"),
      "@xerotier/exec": pkg("exec"),
    },
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
