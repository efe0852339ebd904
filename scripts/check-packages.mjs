#!/usr/bin/env node
// Runs publint and @arethetypeswrong/cli on every built, publishable package.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

const root = new URL("../packages/", import.meta.url);
let failed = false;
for (const dir of readdirSync(root)) {
  const pkgDir = new URL(`${dir}/`, root);
  const pkg = JSON.parse(readFileSync(new URL("package.json", pkgDir), "utf8"));
  if (pkg.private) continue;
  for (const [cmd, args] of [
    ["publint", ["--strict"]],
    ["attw", ["--pack", ".", "--format", "table-flipped"]],
  ]) {
    try {
      execFileSync("pnpm", ["exec", cmd, ...args], { cwd: pkgDir, stdio: "inherit" });
    } catch {
      console.error(`${cmd} failed for ${pkg.name}`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
