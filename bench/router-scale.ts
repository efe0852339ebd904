// The reference router at scale: p50 of a list page (first and deep), p50 of an invoke, and heap
// after GC, with 1k, 10k and 100k approvals (each with its invocation) in the demo project.
//
// In-process (router.fetch, no sockets), manual clock, conformance checking off (it would
// dominate and does not grow with state). Each size runs in a fresh router; 100 samples per figure
// after 20 warm-up requests. Goal: the 100k page within 1.5x of the 1k page.
//
//   pnpm exec tsx bench/router-scale.ts           # 1k, 10k, 100k
//   pnpm exec tsx bench/router-scale.ts --quick   # 1k, 10k
//
// Run with --expose-gc (bench/run.ts does) for the heap figure. Nothing is asserted.
import { createRouter, DEMO } from "../packages/testing/src/index";

const SIZES = process.argv.includes("--quick") ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const ONLY = process.argv.find((a) => a.startsWith("--sizes="));
if (ONLY) SIZES.splice(0, SIZES.length, ...ONLY.slice(8).split(",").map(Number));
const SAMPLES = 100;
const WARMUP = 20;
const BASE = "http://router.test/proj_demo/v1";
const AUTH = { authorization: "Bearer xero_demo_admin" };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function p50(run: () => Promise<Response>): Promise<number> {
  for (let i = 0; i < WARMUP; i += 1) await (await run()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const started = performance.now();
    const response = await run();
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return median(times);
}

function heapMiB(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

async function measure(size: number) {
  const router = createRouter({ clock: "manual", rateLimit: false, validate: "off", eventHistoryLimit: 1000 });
  const heapBefore = heapMiB();
  let middle = "";
  for (let i = 0; i < size; i += 1) {
    const approval = router.scenario.requestApproval({ risk: "destructive", workspaceId: DEMO.workspaces.prod, arguments: { node: `node-${i}` } });
    if (i === Math.floor(size / 2)) middle = approval.id;
  }
  const heap = heapMiB() - heapBefore;
  const firstPage = await p50(() => router.fetch(`${BASE}/exec/approvals?limit=20`, { headers: AUTH }));
  const deepPage = await p50(() => router.fetch(`${BASE}/exec/approvals?limit=20&after=${middle}`, { headers: AUTH }));
  const invocationsPage = await p50(() => router.fetch(`${BASE}/exec/invocations?limit=20`, { headers: AUTH }));
  const invoke = await p50(() =>
    router.fetch(`${BASE}/exec/invocations`, {
      method: "POST",
      headers: { ...AUTH, "content-type": "application/json" },
      body: JSON.stringify({ workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } }),
    }),
  );
  await router.close();
  return { size, firstPage, deepPage, invocationsPage, invoke, heap };
}

const rows = [];
for (const size of SIZES) {
  rows.push(await measure(size));
  console.error(`measured ${size}`);
}
console.log("| approvals | p50 first page | p50 page after the middle | p50 invocations page | p50 invoke | heap after GC |");
console.log("|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(`| ${r.size.toLocaleString("en")} | ${r.firstPage.toFixed(3)} ms | ${r.deepPage.toFixed(3)} ms | ${r.invocationsPage.toFixed(3)} ms | ${r.invoke.toFixed(3)} ms | ${r.heap.toFixed(1)} MiB |`);
}
const ratio = rows.at(-1)!.firstPage / rows[0]!.firstPage;
console.log(`\n${rows.at(-1)!.size.toLocaleString("en")} vs ${rows[0]!.size.toLocaleString("en")} first page: ${ratio.toFixed(2)}x`);
