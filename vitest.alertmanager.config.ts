// The extended Alertmanager suite, run only by .ci/run (needs Debian's prometheus-alertmanager).
// Same aliases as vitest.config.ts, but only this suite (mergeConfig would append to `include`).
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: { include: ["test/extended/**/*.extended.ts"], testTimeout: 60_000, pool: "forks" },
});
