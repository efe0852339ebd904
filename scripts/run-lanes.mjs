#!/usr/bin/env node
// Runs package scripts in lanes: the steps of one lane one after another, the lanes side by side.
// The checks before vitest are mostly single-threaded node processes (tsc, eslint), so on two cores
// two lanes finish sooner than one chain. Each step's output is printed whole when it ends (never
// interleaved), then a table of step times; exits 1 if any step failed.
//
//   node scripts/run-lanes.mjs "build check:api" "lint lint:spec"
import { Buffer } from "node:buffer";
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";

/** Runs `pnpm run <step>`, resolving with its exit code and whole output. */
function runStep(step) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("pnpm", ["run", "--silent", step], { stdio: ["ignore", "pipe", "pipe"], env: process.env });
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.stderr.on("data", (chunk) => chunks.push(chunk));
    child.on("close", (code, signal) => resolve({ step, code: code ?? signal, output: Buffer.concat(chunks).toString(), seconds: (performance.now() - started) / 1000 }));
  });
}

/** Runs a lane's steps in order, stopping at the first that fails. */
async function runLane(steps, results) {
  for (const step of steps) {
    const result = await runStep(step);
    process.stdout.write(`\n> ${step} (${result.seconds.toFixed(1)} s, exit ${result.code})\n${result.output}`);
    results.push(result);
    if (result.code !== 0) return;
  }
}

const lanes = process.argv.slice(2).map((lane) => lane.split(/\s+/).filter(Boolean));
const results = [];
const started = performance.now();
await Promise.all(lanes.map((steps) => runLane(steps, results)));
console.log(`\n| step | seconds | exit |\n|---|---:|---:|\n${results.map((r) => `| ${r.step} | ${r.seconds.toFixed(1)} | ${r.code} |`).join("\n")}`);
console.log(`lanes: ${((performance.now() - started) / 1000).toFixed(1)} s wall`);
const ran = new Set(results.map((r) => r.step));
const skipped = lanes.flat().filter((step) => !ran.has(step));
if (skipped.length) console.error(`not run after a failure: ${skipped.join(", ")}`);
process.exit(results.every((r) => r.code === 0) && skipped.length === 0 ? 0 : 1);
