#!/usr/bin/env node
// The import graph of every package's source (src/, without tests): no module imports itself
// through a cycle, a package imports only the workspace packages
// below it (docs/README.md, "Architecture"), and a package that declares layers imports only downwards.
// `node scripts/check-imports.mjs` prints what breaks these rules and exits 1; the test suite runs
// the same checks (test/import-graph.test.ts). dependency-cruiser needs Node 22, hence this script.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The workspace packages each package may import (docs/README.md, "Architecture: who may import whom"). */
export const PACKAGE_DEPENDENCIES = {
  api: [],
  agents: ["api"],
  approvals: ["api"],
  exec: ["api"],
  testing: ["api"],
  // testing: `xeroctl doctor` runs @xerotier/testing/doctor's probes, imported lazily when doctor runs.
  cli: ["api", "agents", "approvals", "exec", "testing"],
};

/**
 * Layers of a package, lowest first: a file may import its own layer or a lower one. Each entry
 * names folders (`domain/`) or files (`router.ts`) under `src/`; every file must be in one.
 */
export const LAYERS = {
  testing: [
    { name: "core", paths: ["generated/", "clock.ts", "task-queue.ts", "domain/", "seed/"] },
    { name: "spec", paths: ["spec/"] },
    { name: "http", paths: ["http/"] },
    { name: "streams and middleware", paths: ["sse/", "faults/", "conformance/"] },
    { name: "routes", paths: ["routes/", "control/", "fixtures/"] },
    { name: "router", paths: ["app.ts", "router.ts", "router-handle.ts", "kit/"] },
    { name: "shell", paths: ["server.ts", "drifting-router.ts", "index.ts", "cli.ts", "vitest.ts", "msw.ts", "doctor.ts", "doctor/"] },
  ],
};

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

function resolveRelative(from, specifier) {
  const base = resolve(dirname(from), specifier).replace(/\.[cm]?js$/, "");
  return [`${base}.ts`, join(base, "index.ts")].find((candidate) => existsSync(candidate));
}

/**
 * The import graph of `packages/<name>/src` (tests excluded): files relative to `src/`, each with
 * the files it imports (type-only imports included) and the workspace packages it names.
 */
export function importGraph(name, root = ROOT) {
  const src = join(root, "packages", name, "src");
  const files = new Map();
  for (const file of sourceFiles(src)) {
    const imports = ts.preProcessFile(readFileSync(file, "utf8"), true, true).importedFiles.map((i) => i.fileName);
    const local = imports.filter((s) => s.startsWith(".")).map((s) => resolveRelative(file, s) ?? `${s} (unresolved)`);
    const packages = imports.filter((s) => s.startsWith("@xerotier/")).map((s) => s.split("/")[1]);
    files.set(relative(src, file), { imports: local.map((f) => relative(src, f)), packages: [...new Set(packages)] });
  }
  return files;
}

/** Every cycle of modules (strongly connected components of more than one file), each sorted. */
export function findCycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const cycles = [];
  const visit = (file) => {
    index.set(file, index.size);
    low.set(file, index.get(file));
    stack.push(file);
    for (const next of graph.get(file)?.imports ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (stack.includes(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1 || graph.get(file)?.imports.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Imports of workspace packages that `PACKAGE_DEPENDENCIES` does not allow, as `file → @xerotier/x`. */
export function packageViolations(name, graph) {
  const allowed = new Set(PACKAGE_DEPENDENCIES[name] ?? []);
  return [...graph].flatMap(([file, { packages }]) => packages.filter((p) => !allowed.has(p)).map((p) => `${file} → @xerotier/${p}`));
}

/** The layer index of a file, or -1 when no layer names it. */
function layerOf(layers, file) {
  return layers.findIndex((layer) => layer.paths.some((path) => (path.endsWith("/") ? file.startsWith(path) : file === path)));
}

/** Files in no layer, and imports from a lower layer into a higher one, as readable lines. */
export function layerViolations(name, graph) {
  const layers = LAYERS[name];
  if (!layers) return [];
  const problems = [];
  for (const [file, { imports }] of graph) {
    const from = layerOf(layers, file);
    if (from < 0) problems.push(`${file} is in no layer`);
    for (const target of imports) {
      const to = layerOf(layers, target);
      if (to > from && from >= 0) problems.push(`${file} (${layers[from].name}) → ${target} (${layers[to].name})`);
    }
  }
  return problems;
}

/** Every package under packages/ with a src/ folder. */
export function packageNames(root = ROOT) {
  return readdirSync(join(root, "packages")).filter((name) => existsSync(join(root, "packages", name, "src")));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = false;
  for (const name of packageNames()) {
    const graph = importGraph(name);
    const problems = [
      ...findCycles(graph).map((cycle) => `cycle: ${cycle.join(" → ")}`),
      ...packageViolations(name, graph),
      ...layerViolations(name, graph),
    ];
    for (const problem of problems) console.error(`@xerotier/${name}: ${problem}`);
    failed ||= problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}
