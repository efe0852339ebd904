import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The library entry: `run(argv, io)` for tests and embedding; the SDK packages stay dependencies.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    // scripts/build.mjs empties dist/ and adds the declarations (.d.ts, .d.cts): one program emits them all.
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    external: ["@xerotier/api", "@xerotier/approvals", "@xerotier/agents", "@xerotier/exec", "@xerotier/testing", "commander", "smol-toml", "string-width"],
  },
  {
    // The binary bundles everything it imports (the SDK packages from their sources, commander,
    // smol-toml, string-width), so it starts fast and runs from a copy; `require` is for commander (CJS).
    // One file (no split chunks): `doctor`'s dynamic import stays in it, evaluated only when it runs.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    splitting: false,
    sourcemap: true,
    target: "es2022",
    platform: "node",
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __xeroctlRequire } from "node:module";\nconst require = __xeroctlRequire(import.meta.url);' },
    noExternal: [/.*/],
  },
]);
