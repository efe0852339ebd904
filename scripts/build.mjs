#!/usr/bin/env node
// Builds every package: JavaScript by each package's tsup (ESM + CJS); declarations by the repository's
// typecheck (tsconfig.json: every package, test and example in one TypeScript program), which emits
// one `.d.ts` per file, bundled per entry by rollup-plugin-dts into dist/<entry>.d.ts and .d.cts.
// tsup's dts pass built a TypeScript program per package besides the typecheck's (85 % of the
// build's time); now there is one. A type error anywhere, tests included, fails the build.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { basename, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rollup } from "rollup";
import { dts } from "rollup-plugin-dts";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Where the typecheck emits one `.d.ts` per file, mirroring the repository's layout. */
const DECLARATIONS = join(ROOT, ".cache", "dts");

/** Runs a command to its end; rejects with its name when it fails. */
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit" });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code}`))));
  });
}

/** Every package's typed entries: `{ dist, input: { name: emitted .d.ts } }`, from its `exports` and the root tsconfig's paths. */
function typedEntries() {
  const { paths } = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile).config.compilerOptions;
  return readdirSync(join(ROOT, "packages")).map((dir) => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8"));
    const input = {};
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const types = target.import?.types ?? target.types;
      if (!types) continue;
      const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      const source = paths[specifier]?.[0];
      if (!source) throw new Error(`tsconfig.json has no "paths" entry for ${specifier}`);
      input[basename(types, ".d.ts")] = join(DECLARATIONS, source.replace(/\.ts$/, ".d.ts"));
    }
    return { dist: join(ROOT, "packages", dir, "dist"), input };
  });
}

/** Bundles one package's declarations: shared types go to a chunk, so a class is one type across entries. */
async function bundleDeclarations({ dist, input }) {
  if (Object.keys(input).length === 0) return;
  // Every bare specifier (@xerotier/api, openapi-fetch, node:*) stays an import, as in the JavaScript.
  const bundle = await rollup({ input, plugins: [dts()], external: (id) => !id.startsWith(".") && !isAbsolute(id) });
  try {
    for (const extension of [".d.ts", ".d.cts"]) {
      await bundle.write({ dir: dist, format: "es", entryFileNames: `[name]${extension}`, chunkFileNames: (chunk) => `${chunk.name.replace(/\.d$/, "")}-[hash]${extension}` });
    }
  } finally {
    await bundle.close();
  }
}

// dist/ is emptied here, not by tsup: a package's own tsup build (the CLI tests build the binary)
// must not delete the declarations beside it.
const packages = typedEntries();
for (const dir of [DECLARATIONS, ...packages.map((p) => p.dist)]) rmSync(dir, { recursive: true, force: true });
const typecheck = ["-p", "tsconfig.json", "--noEmit", "false", "--emitDeclarationOnly", "--declarationMap", "false", "--sourceMap", "false", "--outDir", DECLARATIONS];
await Promise.all([run("pnpm", ["exec", "tsc", ...typecheck]), run("pnpm", ["-r", "--filter", "./packages/*", "run", "build"])]);
await Promise.all(packages.map(bundleDeclarations));
