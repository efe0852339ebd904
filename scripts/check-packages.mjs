#!/usr/bin/env node
// Runs publint and @arethetypeswrong/cli on every built, publishable package, then the size budgets.
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
    // An ESM-only entry (@xerotier/testing/vitest: vitest itself cannot be require()d) is by design.
    ["attw", ["--pack", ".", "--format", "table-flipped", ...(pkg.name === "@xerotier/testing" ? ["--ignore-rules", "cjs-resolves-to-esm"] : [])]],
  ]) {
    try {
      execFileSync("pnpm", ["exec", cmd, ...args], { cwd: pkgDir, stdio: "inherit" });
    } catch {
      console.error(`${cmd} failed for ${pkg.name}`);
      failed = true;
    }
  }
}
// Size budgets (.size-limit.json) and the "no zod without validation" check (what `pnpm size` runs),
// once for all packages; both run so one failure does not hide the other.
for (const [cmd, args] of [
  ["pnpm", ["exec", "size-limit"]],
  ["node", ["scripts/check-no-zod.mjs"]],
]) {
  try {
    execFileSync(cmd, args, { cwd: new URL("..", import.meta.url), stdio: "inherit" });
  } catch {
    console.error(`${[cmd, ...args].join(" ")} failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
