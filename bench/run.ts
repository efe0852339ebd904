// `pnpm bench`: runs every benchmark in bench/ one after another, each in its own process so one
// cannot warm up or pollute the heap of the next. Results are printed; bench/RESULTS.md records them.
//
//   pnpm bench                      # every bench, full sizes
//   pnpm bench --quick              # smoke run (CI): tiny sizes, each bench must finish and print a ratio
//   pnpm bench paginate cold        # only the benches whose file name contains one of the words
//
// Flags (`--…`) are passed to every bench. Nothing about time is asserted: a bench fails only if it
// exits non-zero, exceeds its time bound, or prints no ratio (or a NaN/Infinity one).
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const QUICK_BOUND_MS = 150_000; // a smoke run of one bench takes seconds on a quiet machine
const FULL_BOUND_MS = 30 * 60_000;
// Every bench prints a comparison: a "ratio" column or a figure like "1.08x"/"1.08×".
const PRINTS_RATIO = /ratio|\d(\.\d+)?\s?[x×](\s|$)/i;
const NOT_A_NUMBER = /\b(NaN|Infinity)\b/;

interface Outcome {
  bench: string;
  ok: boolean;
  why: string;
  seconds: number;
}

/** Runs one bench with `flags`, echoing its output, killed after `boundMs`. */
function runBench(path: string, flags: string[], boundMs: number): Promise<Omit<Outcome, "bench">> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", path, ...flags], { stdio: ["ignore", "pipe", "inherit"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    output = (output + chunk.toString()).slice(-1_000_000); // bounded: only the tail is checked
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill("SIGKILL");
  }, boundMs);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const seconds = (performance.now() - started) / 1000;
      const why = timedOut
        ? `exceeded ${boundMs / 1000} s`
        : code !== 0
          ? `exited ${code ?? signal}`
          : !PRINTS_RATIO.test(output)
            ? "printed no ratio"
            : NOT_A_NUMBER.test(output)
              ? "printed NaN or Infinity"
              : "";
      resolve({ ok: why === "", why, seconds });
    });
  });
}

async function main(): Promise<void> {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const args = process.argv.slice(2);
  const flags = args.filter((arg) => arg.startsWith("--"));
  const only = args.filter((arg) => !arg.startsWith("--"));
  const benches = readdirSync(dir)
    .filter((file) => file.endsWith(".ts") && file !== "run.ts" && !file.endsWith(".test.ts"))
    .filter((file) => only.length === 0 || only.some((name) => file.includes(name)))
    .sort();
  if (benches.length === 0) throw new Error(`no bench matches ${only.join(", ")}`);
  const bound = flags.includes("--quick") ? QUICK_BOUND_MS : FULL_BOUND_MS;
  const outcomes: Outcome[] = [];
  for (const bench of benches) {
    console.log(`\n# ${bench}${flags.length ? ` ${flags.join(" ")}` : ""}`);
    outcomes.push({ bench, ...(await runBench(`${dir}${bench}`, flags, bound)) });
  }
  console.log("\n| bench | result | seconds |\n|---|---|---:|");
  for (const o of outcomes) console.log(`| ${o.bench} | ${o.ok ? "ok" : `FAILED: ${o.why}`} | ${o.seconds.toFixed(1)} |`);
  process.exitCode = outcomes.every((o) => o.ok) ? 0 : 1;
}

await main();
