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

const ALL = ["packages/*/src/**/*.test.ts", "packages/*/test/**/*.test.ts", "test/**/*.test.ts"];

/** Tests that spawn processes or real servers; `pnpm test` runs them in workers the unit tier does not share. */
export const PROCESS_TIER = [
  "packages/cli/test/binary.test.ts", // the built xeroctl binary
  "packages/approvals/test/notifier-kill.test.ts", // a notifier SIGKILLed mid-delivery
  "packages/approvals/test/postgres-fleet.test.ts", // three processes on one PostgreSQL
  "packages/testing/test/http/cli.test.ts", // the xerotier-router binary and its signals
];

/**
 * Run by .ci/run (`pnpm test:extended`), not by `pnpm test`: real Alertmanager and shells (Debian
 * packages), the chaos and fleet suites and what is load-sensitive or slow.
 */
export const EXTENDED_TIER = [
  "test/extended/**/*.extended.ts",
  "packages/approvals/test/notifier-fleet.test.ts",
  "packages/approvals/test/example-approval-notifier-fleet.test.ts",
  "packages/approvals/test/postgres-webhook-claims.test.ts",
  "test/snippets-run.test.ts", // every docs snippet run against the router
  "test/docs-xeroctl.test.ts", // every docs xeroctl line run against the router
];

export default defineConfig({
  resolve: {
    // Tests run against the sources, so no build is needed between an edit and a test run.
    // Exact matches: a bare package name must not also capture its subpaths.
    alias: Object.entries(entries).map(([name, file]) => ({ find: new RegExp(`^${name}$`), replacement: src(file) })),
  },
  test: {
    testTimeout: 20_000,
    // forks, not threads: some tests chdir, which a worker thread cannot.
    pool: "forks",
    // vitest 3 sizes and isolates the one forks pool from the root's options, not a project's:
    // without this, every file got a fresh process despite the unit tier's `isolate: false`.
    // The pool still runs each project's files apart (it recycles its workers between projects).
    poolOptions: { forks: { isolate: false } },
    // One worker per core (vitest's default in run mode is one less: one worker on a 2-core machine).
    maxWorkers: "100%",
    // What a test stubs is undone after it, so files can share a worker (the unit tier).
    unstubEnvs: true,
    unstubGlobals: true,
    restoreMocks: true,
    coverage: {
      provider: "v8",
      include: ["packages/*/src/**"],
      exclude: ["**/*.test.ts"],
      reporter: ["text-summary", "json-summary", "json"],
      reportOnFailure: true,
    },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ALL,
          exclude: [...PROCESS_TIER, ...EXTENDED_TIER],
          // In-process tests share their worker's module cache: no per-file re-import.
          isolate: false,
          setupFiles: ["test/setup/unit.ts"],
        },
      },
      // Fresh modules for each file (the worker resets its module cache between them).
      { extends: true, test: { name: "process", include: PROCESS_TIER, isolate: true } },
      // `pnpm test:extended` also gives each file its own process (--poolOptions.forks.isolate).
      { extends: true, test: { name: "extended", include: EXTENDED_TIER, isolate: true, testTimeout: 60_000 } },
    ],
  },
});
