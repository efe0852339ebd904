// The extended suite, run only by .ci/run (`pnpm test:extended`): a real Alertmanager (Debian's
// prometheus-alertmanager) and xeroctl's completion in real zsh and fish (Debian's zsh, fish).
// Same aliases as vitest.config.ts, but only this suite (mergeConfig would append to `include`).
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

export default defineConfig({
  resolve: base.resolve,
  test: { include: ["test/extended/**/*.extended.ts"], testTimeout: 60_000, pool: "forks" },
});
