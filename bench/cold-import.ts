// Cold import time of each package from its built ESM dist (packages/<name>/dist/index.js), each
// sample in a fresh `node` process that times only the `await import(...)`, against a baseline
// of importing an empty module the same way (what any import costs: resolution, loader start).
// Samples of all entries are interleaved round by round so drift of the VM hits them alike.
//
//   pnpm exec tsx bench/cold-import.ts            # median of 7, prints a Markdown table
//   pnpm exec tsx bench/cold-import.ts --quick    # median of 3
//
// Needs the built dists: run `pnpm build` first. Nothing is asserted; figures go to bench/RESULTS.md.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, platform, release, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PACKAGES = ["api", "approvals", "agents", "exec", "testing", "cli"] as const;
const root = fileURLToPath(new URL("..", import.meta.url));

/** Milliseconds the child spent in `await import(url)`, as measured by the child itself. */
function importMs(url: string): number {
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 30_000 });
  if (child.status !== 0) throw new Error(`import of ${url} failed: ${child.stderr}`);
  return Number(child.stdout.trim().split("\n").pop());
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const rounds = process.argv.includes("--quick") ? 3 : 7;
  const missing = PACKAGES.filter((name) => !existsSync(join(root, "packages", name, "dist", "index.js")));
  if (missing.length) throw new Error(`no dist for ${missing.join(", ")}: run \`pnpm build\` first`);
  const dir = mkdtempSync(join(tmpdir(), "xerotier-cold-import-"));
  try {
    const empty = join(dir, "empty.mjs");
    writeFileSync(empty, "export {};\n");
    const entries: Record<string, string> = { "(empty module)": pathToFileURL(empty).href };
    for (const name of PACKAGES) entries[`@xerotier/${name}`] = pathToFileURL(join(root, "packages", name, "dist", "index.js")).href;
    const samples: Record<string, number[]> = Object.fromEntries(Object.keys(entries).map((k) => [k, []]));
    importMs(entries["(empty module)"]!); // warm the OS file cache once
    for (let round = 0; round < rounds; round += 1) {
      for (const [name, url] of Object.entries(entries)) samples[name]!.push(importMs(url));
    }
    const base = median(samples["(empty module)"]!);
    console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
    console.log(`fresh node process per sample, median of ${rounds}, interleaved`);
    console.log("| entry | import ms (median) | min–max | beyond empty module | ratio to empty module |");
    console.log("|---|---:|---:|---:|---:|");
    for (const [name, xs] of Object.entries(samples)) {
      const m = median(xs);
      console.log(`| ${name} | ${m.toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} | ${(m - base).toFixed(1)} | ${(m / base).toFixed(1)} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
