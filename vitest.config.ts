import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (file: string) => fileURLToPath(new URL(`./packages/${file}`, import.meta.url));
const entries: Record<string, string> = {
  "@xerotier/api": "api/src/index.ts",
  "@xerotier/api/internal": "api/src/internal.ts",
  "@xerotier/api/node": "api/src/node.ts",
  "@xerotier/testing": "testing/src/index.ts",
  "@xerotier/testing/msw": "testing/src/msw.ts",
  "@xerotier/testing/vitest": "testing/src/vitest.ts",
  "@xerotier/testing/doctor": "testing/src/doctor.ts",
  "@xerotier/approvals": "approvals/src/index.ts",
  "@xerotier/approvals/node": "approvals/src/node.ts",
  "@xerotier/approvals/sinks": "approvals/src/sinks/index.ts",
  "@xerotier/approvals/postgres": "approvals/src/postgres/index.ts",
  "@xerotier/approvals/auto-approver": "approvals/src/auto-approver.ts",
  "@xerotier/exec/alerts": "exec/src/alerts.ts",
  "@xerotier/agents": "agents/src/index.ts",
  "@xerotier/exec": "exec/src/index.ts",
  "@xerotier/cli": "cli/src/index.ts",
};

export default defineConfig({
  resolve: {
    // Tests run against the sources, so no build is needed between an edit and a test run.
    // Exact matches: a bare package name must not also capture its subpaths.
    alias: Object.entries(entries).map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: src(file) })),
  },
  test: {
    include: ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 20_000,
    pool: "forks",
  },
});
