#!/usr/bin/env node
// Checks every publishable package as npm users get it: the metadata and README links npm shows
// (repository, homepage, bugs, license, LICENSE in the tarball: scripts/package-metadata.mjs), then
// publint and @arethetypeswrong/cli on the package's tarball, then the size budgets.
// Each package is packed once, and the packages are checked side by side (attw and publint are
// single-threaded); each package's output is printed whole, in order.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { metadataProblems, tarballProblems } from "./package-metadata.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Runs a command, resolving with its exit code and its whole output (stdout and stderr). */
function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on("close", (code) => resolve({ code, output }));
  });
}

/** One package's checks: `{ output, problems }`, its tarball written to `tarballs`. */
async function checkPackage(pkgDir, pkg, tarballs) {
  const problems = metadataProblems(pkgDir);
  const packed = await run("pnpm", ["pack", "--pack-destination", tarballs, "--json"], pkgDir);
  if (packed.code !== 0) return { output: packed.output, problems: [...problems, `pnpm pack failed for ${pkg.name}`] };
  const { filename, files } = JSON.parse(packed.output);
  problems.push(...tarballProblems(pkg.name, files.map((f) => f.path)));
  let output = "";
  for (const [cmd, args] of [
    ["publint", ["run", filename, "--strict"]],
    // An ESM-only entry (@xerotier/testing/vitest: vitest itself cannot be require()d) is by design.
    ["attw", [filename, "--format", "table-flipped", ...(pkg.name === "@xerotier/testing" ? ["--ignore-rules", "cjs-resolves-to-esm"] : [])]],
  ]) {
    const result = await run("pnpm", ["exec", cmd, ...args], pkgDir);
    output += result.output;
    if (result.code !== 0) problems.push(`${cmd} failed for ${pkg.name}`);
  }
  return { output, problems };
}

const tarballs = mkdtempSync(join(tmpdir(), "xerotier-check-packages-"));
try {
  const packages = readdirSync(join(ROOT, "packages"))
    .map((dir) => ({ dir: join(ROOT, "packages", dir), pkg: JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8")) }))
    .filter(({ pkg }) => !pkg.private);
  // Size budgets (.size-limit.json), once for all packages, beside the package checks.
  const [size, ...checked] = await Promise.all([run("pnpm", ["exec", "size-limit"], ROOT), ...packages.map(({ dir, pkg }) => checkPackage(dir, pkg, tarballs))]);
  const problems = checked.flatMap((result, i) => {
    process.stdout.write(`\n== ${packages[i].pkg.name}\n${result.output}`);
    return result.problems;
  });
  process.stdout.write(`\n== size-limit\n${size.output}`);
  if (size.code !== 0) problems.push("size-limit failed");
  problems.forEach((problem) => console.error(problem));
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  rmSync(tarballs, { recursive: true, force: true });
}
