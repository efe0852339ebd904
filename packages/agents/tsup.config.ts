import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  // Declarations (.d.ts, .d.cts) come from scripts/build.mjs: the typecheck's one program emits them.
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
  // The client is a peer in practice: bundling it would duplicate its error classes.
  external: ["@xerotier/api"],
});
