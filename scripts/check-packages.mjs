#!/usr/bin/env node
// Checks every publishable package as npm users get it: the metadata and README links npm shows
// (repository, homepage, bugs, license, LICENSE in the tarball: scripts/package-metadata.mjs), then
// publint and @arethetypeswrong/cli on the built package, then the size budgets.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { metadataProblems, tarballProblems } from "./package-metadata.mjs";

const root = new URL("../packages/", import.meta.url);
let failed = false;
const fail = (message) => {
  console.error(message);
  failed = true;
};
for (const dir of readdirSync(root)) {
  const pkgDir = new URL(`${dir}/`, root);
  const pkg = JSON.parse(readFileSync(new URL("package.json", pkgDir), "utf8"));
  if (pkg.private) continue;
  metadataProblems(fileURLToPath(pkgDir)).forEach(fail);
  // What `pnpm publish` would put in the tarball, without building or writing it.
  const packed = JSON.parse(execFileSync("pnpm", ["pack", "--dry-run", "--json"], { cwd: pkgDir, encoding: "utf8" }));
  tarballProblems(pkg.name, packed.files.map((f) => f.path)).forEach(fail);
  for (const [cmd, args] of [
    ["publint", ["--strict"]],
    // An ESM-only entry (@xerotier/testing/vitest: vitest itself cannot be require()d) is by design.
    ["attw", ["--pack", ".", "--format", "table-flipped", ...(pkg.name === "@xerotier/testing" ? ["--ignore-rules", "cjs-resolves-to-esm"] : [])]],
  ]) {
    try {
      execFileSync("pnpm", ["exec", cmd, ...args], { cwd: pkgDir, stdio: "inherit" });
    } catch {
      fail(`${cmd} failed for ${pkg.name}`);
    }
  }
}
// Size budgets (.size-limit.json), once for all packages.
try {
  execFileSync("pnpm", ["exec", "size-limit"], { cwd: new URL("..", import.meta.url), stdio: "inherit" });
} catch {
  fail("size-limit failed");
}
process.exit(failed ? 1 : 0);
