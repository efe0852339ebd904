// Measures the SDK's event stream (`streamEvents`) and `approvals.watch` against the floor they are
// built on, bare eventsource-parser + JSON.parse, and against the peers eventsource-client,
// eventsource (v4) and parse-sse, over the very same SSE bytes, in memory and over a real local
// HTTP connection (a server in a child process on 127.0.0.1); plus the heap growth of a watch over
// 1,000,000 events (in a child process run with --expose-gc, so the heap is measured after full GCs).
//
//   pnpm exec tsx bench/watch-throughput.ts            # throughput + heap, prints Markdown tables
//   pnpm exec tsx bench/watch-throughput.ts --quick    # fewer events and rounds, for a smoke run
//
// Nothing here is asserted; figures go to bench/RESULTS.md by hand.
import { createXerotierClient } from "@xerotier/api";
import { createApprovals } from "@xerotier/approvals";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpus, platform, release, totalmem } from "node:os";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { CONTENDERS, PEERS, type SseSource } from "./sse/contenders";
import { body, buildChunks, EMPTY_LIST, isApprovalList } from "./sse/fixture";

type Transport = "memory" | "http";

/**
 * A `fetch` that answers every request with a fresh in-memory body over `chunks`, except the list
 * of approvals a watch reads when its first connection succeeds (list, then watch): an empty page.
 */
function memoryFetch(source: () => ReadableStream<Uint8Array>): typeof fetch {
  return async (input) => {
    const url = input instanceof Request ? input.url : String(input);
    if (isApprovalList(url)) return new Response(EMPTY_LIST, { status: 200, headers: { "content-type": "application/json" } });
    return new Response(source(), { status: 200, headers: { "content-type": "text/event-stream" } });
  };
}

function clientOver(source: () => ReadableStream<Uint8Array>) {
  return createXerotierClient({ baseUrl: "http://bench.invalid", project: "proj_bench", apiKey: "xero_bench_key", fetch: memoryFetch(source) });
}

/** Whether `taskset` can pin processes here (Linux); the server then gets its own core. */
const canPin = platform() === "linux" && spawnSync("taskset", ["-V"]).status === 0 && cpus().length > 1;

/** Starts bench/sse/server.ts in a child process; resolves its port once it listens. */
async function startServer(events: number): Promise<{ port: number; child: ChildProcess }> {
  const script = fileURLToPath(new URL("./sse/server.ts", import.meta.url));
  const node = [process.execPath, "--import", "tsx", script, String(events)];
  const child = canPin ? spawn("taskset", ["-c", "1", ...node], { stdio: ["ignore", "pipe", "inherit"] }) : spawn(node[0]!, node.slice(1), { stdio: ["ignore", "pipe", "inherit"] });
  const lines = createInterface({ input: child.stdout! });
  for await (const line of lines) return { port: Number(line), child };
  throw new Error("the SSE bench server exited before listening");
}

/** One timed run: events/s over wall time, and this process's CPU µs per event. */
async function timeIt(run: () => Promise<number>, expected: number): Promise<{ rate: number; cpuUs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const count = await run();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  if (count !== expected) throw new Error(`expected ${expected} events, got ${count}`);
  return { rate: expected / (ms / 1000), cpuUs: (used.user + used.system) / expected };
}

/** Per contender: median events/s, median of the per-round ratios to bare (wall), median CPU µs/event and its ratio. */
interface Figures {
  rate: number;
  ratio: number;
  cpuUs: number;
  cpuRatio: number;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Each contender over `rounds` rounds (after one warm-up each), rotating who goes first; a round's
 * ratios divide by bare's figure of the same round, so the machine's drift between rounds cancels.
 */
async function throughput(source: SseSource, events: number, rounds: number): Promise<Record<string, Figures>> {
  const names = Object.keys(CONTENDERS);
  const runs: Record<string, { rate: number; cpuUs: number }[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (const name of names) await CONTENDERS[name]!(source, events); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      runs[name]!.push(await timeIt(() => CONTENDERS[name]!(source, events), events));
    }
  }
  const bare = runs.bare!;
  return Object.fromEntries(
    names.map((name) => {
      const xs = runs[name]!;
      const figures: Figures = {
        rate: median(xs.map((x) => x.rate)),
        ratio: median(xs.map((x, round) => x.rate / bare[round]!.rate)),
        cpuUs: median(xs.map((x) => x.cpuUs)),
        cpuRatio: median(xs.map((x, round) => bare[round]!.cpuUs / x.cpuUs)),
      };
      return [name, figures];
    }),
  );
}

async function measure(transport: Transport, events: number, rounds: number): Promise<Record<string, Figures>> {
  if (transport === "memory") {
    const chunks = buildChunks(events);
    return throughput({ url: "http://bench.invalid/v1/exec/events", fetch: memoryFetch(() => body(chunks)) }, events, rounds);
  }
  const { port, child } = await startServer(events);
  try {
    return await throughput({ url: `http://127.0.0.1:${port}/v1/exec/events`, fetch: globalThis.fetch }, events, rounds);
  } finally {
    child.kill("SIGTERM");
  }
}

/** Issue 25's stream goals over HTTP, stated (not asserted: a bench fails only if it cannot run). */
function goalLine(http: Record<string, Figures>): string {
  const peers = PEERS.filter((name) => http[name] !== undefined);
  const stream = http.streamEvents!.ratio;
  const ahead = peers.every((name) => stream > http[name]!.ratio);
  const verdict = (met: boolean) => (met ? "met" : "not met in this run");
  return (
    `goals over HTTP: streamEvents ${stream.toFixed(2)} (≥ 0.90 and ahead of ${peers.join(", ")}: ${verdict(stream >= 0.9 && ahead)}); ` +
    `watch ${http.watch!.ratio.toFixed(2)} (≥ 0.85: ${verdict(http.watch!.ratio >= 0.85)})`
  );
}

async function heapChild(events: number): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with --expose-gc");
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const watch = createApprovals(clientOver(() => body({ generate: events }))).watch({ mode: "stream" });
  let count = 0;
  let baseline = 0;
  let peak = 0;
  for await (const event of watch) {
    if (event.id) count += 1;
    if (count === 10_000) baseline = heap();
    if (count % 100_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (count === events) break;
  }
  const end = heap();
  console.log(JSON.stringify({ events: count, baselineMB: baseline / 2 ** 20, endMB: end / 2 ** 20, growthMB: (end - baseline) / 2 ** 20, peakMB: peak / 2 ** 20 }));
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--heap-child") return heapChild(Number(args[1]));
  const quick = args.includes("--quick");
  const events = quick ? 20_000 : 100_000;
  const rounds = quick ? 3 : 7;
  const heapEvents = quick ? 100_000 : 1_000_000;
  if (canPin) spawnSync("taskset", ["-cp", "0", String(process.pid)]); // the client on core 0, the server on core 1
  const memory = await measure("memory", events, rounds);
  const http = await measure("http", events, rounds);
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--heap-child", String(heapEvents)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`heap child failed: ${child.stderr}`);
  const heap = JSON.parse(child.stdout.trim().split("\n").pop()!) as Record<string, number>;
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const bytesPerEvent = buildChunks(1000).reduce((n, c) => n + c.byteLength, 0) / 1000;
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}${canPin ? ", client pinned to core 0, server to core 1" : ""}`);
  console.log(`events per run: ${fmt(events)} (~${Math.round(bytesPerEvent)} bytes each), ${rounds} rotating rounds after one warm-up each`);
  console.log("ratios: median over rounds of (contender / bare of the same round); CPU ratio = bare's CPU µs per event / the contender's (client process only)");
  console.log("| contender | in memory: events/s | ratio to bare | CPU ratio | HTTP 127.0.0.1: events/s | ratio to bare | CPU µs/event | CPU ratio |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const name of Object.keys(CONTENDERS)) {
    const [m, h] = [memory[name]!, http[name]!];
    console.log(`| ${name} | ${fmt(m.rate)} | ${m.ratio.toFixed(2)} | ${m.cpuRatio.toFixed(2)} | ${fmt(h.rate)} | ${h.ratio.toFixed(2)} | ${h.cpuUs.toFixed(2)} | ${h.cpuRatio.toFixed(2)} |`);
  }
  console.log(goalLine(http));
  console.log(`heap: ${fmt(heap.events!)} events, after-GC heap ${heap.baselineMB!.toFixed(1)} MB at 10k → ${heap.endMB!.toFixed(1)} MB at end: growth ${heap.growthMB!.toFixed(2)} MB (peak sampled heapUsed ${heap.peakMB!.toFixed(1)} MB)`);
}

await main();
