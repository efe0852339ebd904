import { defineConfig } from "tsup";

export default defineConfig({
  // index: the library; doctor: the deployment probe (xeroctl doctor); msw and vitest: optional adapters; cli: the `xerotier-router` bin (keeps its #! line).
  entry: { index: "src/index.ts", doctor: "src/doctor.ts", cli: "src/cli.ts", msw: "src/msw.ts", vitest: "src/vitest.ts" },
  // Optional peers: never bundled.
  external: ["msw", "vitest"],
  format: ["esm", "cjs"],
  // Declarations (.d.ts, .d.cts) come from scripts/build.mjs: the typecheck's one program emits them.
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
