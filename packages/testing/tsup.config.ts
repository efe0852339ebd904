import { defineConfig } from "tsup";

export default defineConfig({
  // index: the library; cli: the `xerotier-router` bin (keeps its #! line; types for index only).
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  dts: { entry: { index: "src/index.ts" } },
  sourcemap: true,
  clean: true,
  target: "es2022",
  treeshake: true,
});
