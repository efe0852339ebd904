// Cold import time of each package from its built ESM dist (packages/<name>/dist/index.js) and of
// comparable HTTP clients (openai, ky, ofetch), each sample in a fresh `node` process that times
// only the `await import(...)`, against a baseline of importing an empty module the same way (what
// any import costs: loader start, one file read). Samples of all entries are interleaved round by
// round so drift of the VM hits them alike. Issue #13 goal 3: `@xerotier/api` at most 25 ms beyond
// the empty module (median of 20).
//
//   pnpm exec tsx bench/cold-import.ts            # median of 20, prints a Markdown table
//   pnpm exec tsx bench/cold-import.ts --quick    # median of 3, @xerotier/api and the peers only
//
// Needs the built dists: run `pnpm build` first. Nothing is asserted; figures go to bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PACKAGES = ["api", "approvals", "agents", "exec", "testing", "cli"] as const;
const PEERS = ["openai", "ky", "ofetch"] as const;
const GOAL_MS = 25;
const EMPTY = "(empty module)";
// ky and ofetch make Node load its bundled undici (what `fetch` runs on) at import; this module
// does only that (`new Request`), to show how much of their figure it is.
const UNDICI = "(empty module + new Request())";
const root = fileURLToPath(new URL("..", import.meta.url));

/** Runs `script` as an ES module in a fresh `node` and returns its last line of output. */
function nodeEval(script: string): string {
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
  if (child.status !== 0) throw new Error(`node -e failed (${child.status ?? child.signal}): ${child.stderr}`);
  return child.stdout.trim().split("\n").pop()!;
}

/** One import, as measured by the child itself: wall ms, and CPU ms of the whole process (all threads). */
interface Sample {
  wall: number;
  cpu: number;
}

/** Times `await import(url)` in a fresh process. CPU time is steadier than wall time on a busy machine. */
function importSample(url: string): Sample {
  const script = `const c = process.cpuUsage(); const t = performance.now(); await import(${JSON.stringify(url)});
const wall = performance.now() - t; const d = process.cpuUsage(c); console.log(JSON.stringify({ wall, cpu: (d.user + d.system) / 1000 }));`;
  return JSON.parse(nodeEval(script)) as Sample;
}

/** File URL a bare specifier resolves to from the repository root (as a user's `import` would). */
function resolveFromRoot(specifier: string): string {
  return nodeEval(`console.log(import.meta.resolve(${JSON.stringify(specifier)}));`);
}

/** Value at quantile `q` (0..1) of `xs`, nearest rank. */
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Entry name → URL: the empty modules, the peers, then our packages (only `api` when quick). */
function entries(dir: string, quick: boolean): Record<string, string> {
  const names = quick ? (["api"] as const) : PACKAGES;
  const missing = names.filter((name) => !existsSync(join(root, "packages", name, "dist", "index.js")));
  if (missing.length) throw new Error(`no dist for ${missing.join(", ")}: run \`pnpm build\` first`);
  const empty = join(dir, "empty.mjs");
  const undici = join(dir, "request.mjs");
  writeFileSync(empty, "export {};\n");
  writeFileSync(undici, "new Request(\"http://127.0.0.1/\");\nexport {};\n");
  const out: Record<string, string> = { [EMPTY]: pathToFileURL(empty).href, [UNDICI]: pathToFileURL(undici).href };
  for (const peer of PEERS) out[peer] = resolveFromRoot(peer);
  for (const name of names) out[`@xerotier/${name}`] = pathToFileURL(join(root, "packages", name, "dist", "index.js")).href;
  return out;
}

/** Samples per entry: one unrecorded import of each first (file cache), then `rounds` interleaved rounds. */
function sample(urls: Record<string, string>, rounds: number): Record<string, Sample[]> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(urls).map((k) => [k, []]));
  for (const url of Object.values(urls)) importSample(url);
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, url] of Object.entries(urls)) samples[name]!.push(importSample(url));
  }
  return samples;
}

function report(samples: Record<string, Sample[]>, rounds: number): void {
  const wall = (name: string) => samples[name]!.map((x) => x.wall);
  const base = quantile(wall(EMPTY), 0.5);
  const api = quantile(wall("@xerotier/api"), 0.5);
  const cpuBase = quantile(samples[EMPTY]!.map((x) => x.cpu), 0.5);
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
  console.log(`fresh node process per sample, ${rounds} interleaved rounds; wall median, p25–p75, min–max; CPU median (all threads)`);
  console.log("| entry | import ms (median) | p25–p75 | min–max | beyond empty module | ratio @xerotier/api / entry | CPU ms beyond empty |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const name of Object.keys(samples)) {
    const xs = wall(name);
    const m = quantile(xs, 0.5);
    const spread = `${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)}`;
    const range = `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
    const cpu = quantile(samples[name]!.map((x) => x.cpu), 0.5) - cpuBase;
    console.log(`| ${name} | ${m.toFixed(1)} | ${spread} | ${range} | ${(m - base).toFixed(1)} | ${(api / m).toFixed(2)} | ${cpu.toFixed(1)} |`);
  }
  const beyond = api - base;
  console.log(`@xerotier/api beyond the empty module: ${beyond.toFixed(1)} ms (goal ≤ ${GOAL_MS} ms: ${beyond <= GOAL_MS ? "met" : "missed"})`);
}

function main(): void {
  const quick = process.argv.includes("--quick");
  const rounds = quick ? 3 : 20;
  const dir = mkdtempSync(join(tmpdir(), "xerotier-cold-import-"));
  try {
    report(sample(entries(dir, quick), rounds), rounds);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
