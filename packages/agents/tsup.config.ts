import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // scripts/build.mjs empties dist/ and adds the declarations (.d.ts, .d.cts): one program emits them all.
  sourcemap: true,
  target: "es2022",
  treeshake: true,
  // The client is a peer in practice: bundling it would duplicate its error classes.
  external: ["@xerotier/api"],
});
