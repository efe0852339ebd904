#!/usr/bin/env node
// Packed-tarball test: what npm users install must load under require() and import() and talk to the router.
// Packs each publishable package, installs the tarballs into a fresh project with npm, then runs there:
// a CJS script requiring every entry, and an ESM script importing every entry and making one real call.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Published packages under test (directory names under packages/). */
export const PACKED = ["api", "approvals", "agents", "exec", "testing"];
const STEP_TIMEOUT_MS = 90_000;

/** Runs a command with a time bound; throws with its output when it fails. */
function run(cmd, args, cwd, timeout = STEP_TIMEOUT_MS) {
  const result = spawnSync(cmd, args, { cwd, encoding: "utf8", timeout, env: { ...process.env, npm_config_loglevel: "error" } });
  if (result.status !== 0) {
    const why = result.error ? String(result.error) : `exit ${result.status ?? result.signal}`;
    throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) failed: ${why}\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** Entry specifiers of a package: "name" for ".", "name/sub" for "./sub"; package.json is not an entry. */
function entriesOf(pkg) {
  const keys = pkg.exports && typeof pkg.exports === "object" ? Object.keys(pkg.exports) : ["."];
  return keys
    .filter((k) => !k.endsWith("package.json") && !k.includes("*"))
    .map((k) => ({ id: k === "." ? pkg.name : `${pkg.name}/${k.slice(2)}`, cjs: k === "." || typeof pkg.exports[k]?.require === "object" }));
}

/** Peers not installed: the vitest adapter loads only inside vitest, so it is resolved here, never loaded (see ESM). */
const RESOLVED_ONLY_PEERS = new Set(["vitest"]);

/** Optional peers (pg, msw) at the range the package is tested with, so their entries load too. */
function optionalPeersOf(pkg) {
  const optional = Object.keys(pkg.peerDependenciesMeta ?? {}).filter((name) => pkg.peerDependenciesMeta[name]?.optional && !RESOLVED_ONLY_PEERS.has(name));
  const rootDev = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).devDependencies ?? {};
  return Object.fromEntries(optional.map((name) => [name, pkg.devDependencies?.[name] ?? rootDev[name] ?? pkg.peerDependencies[name]]));
}

/** Packs the packages into `dir` and returns { name, tarball, entries } per package. */
export function packAll(dir) {
  return PACKED.map((name) => {
    const pkgDir = join(ROOT, "packages", name);
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
    const { filename } = JSON.parse(run("pnpm", ["pack", "--pack-destination", dir, "--json"], pkgDir));
    return { name: pkg.name, tarball: filename, entries: entriesOf(pkg), peers: optionalPeersOf(pkg) };
  });
}

/** Creates a fresh npm project in `dir` depending on the tarballs, and installs it. */
export function installPacked(dir, packed) {
  const peers = Object.assign({}, ...packed.map((p) => p.peers ?? {}));
  const dependencies = { ...peers, ...Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])) };
  // Overrides pin inner @xerotier/* ranges to the local tarballs, so nothing is fetched from the registry by that name.
  const overrides = Object.fromEntries(packed.map((p) => [p.name, `$${p.name}`]));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "packed-test", private: true, dependencies, overrides }, null, 2));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], dir, 180_000);
}

const CJS = (entries) => `"use strict";
const entries = ${JSON.stringify(entries)};
for (const id of entries) {
  const mod = require(id);
  if (!mod || Object.keys(mod).length === 0) throw new Error("require(" + id + ") has no exports");
}
console.log("cjs: required " + entries.length + " entries");
`;

// An adapter for the vitest runner loads only inside it ("Vitest failed to access its internal
// state"): outside it, it must resolve; its behaviour is tested by the repo's own vitest suite.
const ESM = (entries) => `const entries = ${JSON.stringify(entries)};
for (const id of entries) {
  if (id.endsWith("/vitest")) {
    import.meta.resolve(id);
    continue;
  }
  const mod = await import(id);
  if (Object.keys(mod).length === 0) throw new Error("import(" + id + ") has no exports");
}
const { startRouter } = await import("@xerotier/testing");
const { createXerotierClient } = await import("@xerotier/api");
const { createApprovals } = await import("@xerotier/approvals");
const server = await startRouter({ port: 0 });
try {
  const client = createXerotierClient({ baseUrl: server.url, apiKey: "xero_demo_admin", project: "proj_demo", maxRetries: 0 });
  const list = await client.GET("/v1/exec/approvals");
  if (!Array.isArray(list.data?.data)) throw new Error("GET /v1/exec/approvals returned no list: " + JSON.stringify(list.data));
  const first = list.data.data[0];
  if (!first) throw new Error("the reference router's seed has no approvals to read back");
  const one = await createApprovals(client).get(first.id);
  if (one.id !== first.id) throw new Error("approvals.get returned " + one.id + ", expected " + first.id);
  console.log("esm: imported " + entries.length + " entries; listed " + list.data.data.length + " approvals; got " + one.id);
} finally {
  await server.close();
}
`;

async function main() {
  const started = Date.now();
  const work = mkdtempSync(join(tmpdir(), "xerotier-packed-"));
  try {
    const tarballs = join(work, "tarballs");
    const project = join(work, "project");
    for (const d of [tarballs, project]) run("mkdir", ["-p", d], work);
    const packed = packAll(tarballs);
    installPacked(project, packed);
    const entries = packed.flatMap((p) => p.entries);
    // An ESM-only entry (e.g. @xerotier/testing/vitest: vitest cannot be require()d) has no require condition.
    writeFileSync(join(project, "require-all.cjs"), CJS(entries.filter((e) => e.cjs).map((e) => e.id)));
    writeFileSync(join(project, "import-all.mjs"), ESM(entries.map((e) => e.id)));
    process.stdout.write(run(process.execPath, ["require-all.cjs"], project));
    process.stdout.write(run(process.execPath, ["import-all.mjs"], project));
    console.log(`test-packed: ok (${packed.length} packages, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`test-packed: FAILED\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
