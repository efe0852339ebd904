import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library entry: `run(argv, io)` for tests and embedding; the SDK packages stay dependencies.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    treeshake: true,
    external: ["@xerotier/api", "@xerotier/approvals", "@xerotier/agents", "@xerotier/exec"],
  },
  {
    // The binary bundles the SDK packages, so it runs from their sources without building each one first.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    target: "es2022",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
    noExternal: [/^@xerotier\//],
  },
]);
