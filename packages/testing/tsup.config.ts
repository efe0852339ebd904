import { defineConfig } from "tsup";

export default defineConfig({
  // index: the library; doctor: the deployment probe (xeroctl doctor); msw and vitest: optional adapters; cli: the `xerotier-router` bin (keeps its #! line).
  entry: { index: "src/index.ts", doctor: "src/doctor.ts", cli: "src/cli.ts", msw: "src/msw.ts", vitest: "src/vitest.ts" },
  // Optional peers: never bundled.
  external: ["msw", "vitest"],
  format: ["esm", "cjs"],
  // scripts/build.mjs empties dist/ and adds the declarations (.d.ts, .d.cts): one program emits them all.
  sourcemap: true,
  target: "es2022",
  treeshake: true,
});
