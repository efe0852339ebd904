// Measures `approvals.watch` against the floor it is built on: bare eventsource-parser +
// JSON.parse over the very same SSE byte stream, and the heap growth of a watch over 1,000,000
// events (in a child process run with --expose-gc, so the heap can be measured after full GCs).
//
//   pnpm exec tsx bench/watch-throughput.ts            # throughput + heap, prints a Markdown table
//   pnpm exec tsx bench/watch-throughput.ts --quick    # fewer events, for a smoke run
//
// Nothing here is asserted; figures go to bench/RESULTS.md by hand.
import { createXerotierClient, streamEvents, type XerotierEvent } from "@xerotier/api";
import { type ValidateEvent } from "@xerotier/api/internal";
import { createApprovals } from "@xerotier/approvals";
import { spawnSync } from "node:child_process";
import { cpus, platform, release, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { createParser } from "../packages/api/node_modules/eventsource-parser/dist/index.js";

const encoder = new TextEncoder();
const CHUNK_EVENTS = 64; // events per network chunk (~50 KB chunks)

/** One SSE frame exactly as the router writes it: id, event, the envelope on one data line. */
function frame(seq: number): string {
  const id = `evt_${String(seq).padStart(8, "0")}`;
  const status = seq % 5 === 0 ? "approved" : "pending";
  const envelope = {
    id,
    object: "event",
    type: status === "approved" ? "exec.approved" : "exec.approval_requested",
    created_at: 1_795_000_000 + seq,
    data: {
      id: `7e57a000-0000-4000-8000-${String(seq % 1e12).padStart(12, "0")}`,
      object: "approval",
      status,
      risk: seq % 2 ? "destructive" : "irreversible",
      workspace_id: "ws_kube_prod",
      agent_id: "agt_xem_fleet_01",
      invocation_id: `inv_${String(seq).padStart(6, "0")}`,
      tool_name: "kubectl_drain",
      tool_call: { name: "kubectl_drain", arguments: { node: `node-${seq % 97}` } },
      prompt: "api_key:demo_admin requested kubectl_drain {\"node\":\"node-7\"} in ws_kube_prod.",
      timeout_seconds: 900,
      expires_at: "2026-11-24T09:15:00Z",
      created_at: "2026-11-24T09:00:00Z",
      decided_at: status === "approved" ? "2026-11-24T09:01:00Z" : null,
      decided_by: status === "approved" ? "user:alice" : null,
      note: null,
      escalation_level: 0,
    },
  };
  return `id: ${id}\nevent: ${envelope.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}

/** The byte stream, pre-encoded in chunks so both contenders read identical bytes. */
function buildChunks(events: number): Uint8Array[] {
  const chunks: Uint8Array[] = [encoder.encode("retry: 3000\n\n")];
  for (let start = 1; start <= events; start += CHUNK_EVENTS) {
    let text = "";
    for (let seq = start; seq < start + CHUNK_EVENTS && seq <= events; seq += 1) text += frame(seq);
    chunks.push(encoder.encode(text));
  }
  return chunks;
}

/** A body over the chunks, or an endless generated one (for the heap run, so nothing is prebuilt). */
function body(chunks: Uint8Array[] | { generate: number }): ReadableStream<Uint8Array> {
  let index = 0;
  let seq = 1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (Array.isArray(chunks)) {
        const next = chunks[index++];
        if (next) controller.enqueue(next);
        else controller.close();
        return;
      }
      if (seq > chunks.generate) return controller.close();
      let text = "";
      for (let i = 0; i < CHUNK_EVENTS && seq <= chunks.generate; i += 1) text += frame(seq++);
      controller.enqueue(encoder.encode(text));
    },
  });
}

function clientOver(source: () => ReadableStream<Uint8Array>) {
  return createXerotierClient({
    baseUrl: "http://bench.invalid",
    project: "proj_bench",
    apiKey: "xero_bench_key",
    fetch: async () => new Response(source(), { status: 200, headers: { "content-type": "text/event-stream" } }),
  });
}

async function bare(chunks: Uint8Array[]): Promise<number> {
  let count = 0;
  const parser = createParser({
    onEvent(message) {
      const event = JSON.parse(message.data) as { id: string };
      if (event.id) count += 1;
    },
  });
  const decoder = new TextDecoder();
  const reader = body(chunks).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) parser.feed(decoder.decode(r.value, { stream: true }));
  return count;
}

/** A structural envelope check, the cheapest validator a user could opt into via `stream.validate`. */
const structural: ValidateEvent = (json) => {
  const e = json as { id?: unknown; object?: unknown; type?: unknown; created_at?: unknown; data?: unknown } | null;
  return e && typeof e.id === "string" && e.object === "event" && typeof e.type === "string" && typeof e.created_at === "number" && typeof e.data === "object" && e.data !== null
    ? { ok: true, event: e as XerotierEvent }
    : { ok: false, issues: "not an event envelope" };
};

async function viaWatch(chunks: Uint8Array[], events: number, validate?: ValidateEvent): Promise<number> {
  const watch = createApprovals(clientOver(() => body(chunks))).watch({ mode: "stream", ...(validate ? { stream: { validate } } : {}) });
  let count = 0;
  for await (const event of watch) {
    if (event.id) count += 1;
    if (count === events) break;
  }
  return count;
}

async function viaStreamEvents(chunks: Uint8Array[], events: number): Promise<number> {
  let count = 0;
  for await (const item of streamEvents(clientOver(() => body(chunks)))) {
    if (item.object === "event") count += 1;
    if (count === events) break;
  }
  return count;
}

async function timeIt(run: () => Promise<number>, expected: number): Promise<number> {
  const started = performance.now();
  const count = await run();
  const ms = performance.now() - started;
  if (count !== expected) throw new Error(`expected ${expected} events, got ${count}`);
  return expected / (ms / 1000);
}

/** Median events/s over `rounds` alternating runs (after one warm-up of each). */
async function throughput(events: number, rounds: number): Promise<Record<string, number>> {
  const chunks = buildChunks(events);
  const bytes = chunks.reduce((n, c) => n + c.byteLength, 0);
  const contenders: Record<string, () => Promise<number>> = {
    bare: () => bare(chunks),
    streamEvents: () => viaStreamEvents(chunks, events),
    watch: () => viaWatch(chunks, events),
    "watch (structural validate)": () => viaWatch(chunks, events, structural),
  };
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (const run of Object.values(contenders)) await run(); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const [name, run] of Object.entries(contenders)) samples[name]!.push(await timeIt(run, events));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { bytesPerEvent: bytes / events, ...Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)])) };
}

/** Child mode: heap after full GCs at 10k events and at the end of a watch over `events`. */
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
  const heapEvents = quick ? 100_000 : 1_000_000;
  const t = await throughput(events, quick ? 3 : 5);
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url), "--heap-child", String(heapEvents)], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`heap child failed: ${child.stderr}`);
  const heap = JSON.parse(child.stdout.trim().split("\n").pop()!) as Record<string, number>;
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}, Node ${process.version}`);
  console.log(`events per throughput run: ${fmt(events)} (${Math.round(t.bytesPerEvent!)} bytes each), median of ${quick ? 3 : 5}`);
  console.log("| contender | events/s | ratio to bare |");
  console.log("|---|---:|---:|");
  for (const name of ["bare", "streamEvents", "watch", "watch (structural validate)"]) console.log(`| ${name} | ${fmt(t[name]!)} | ${(t[name]! / t.bare!).toFixed(2)} |`);
  console.log(`heap: ${fmt(heap.events!)} events, after-GC heap ${heap.baselineMB!.toFixed(1)} MB at 10k → ${heap.endMB!.toFixed(1)} MB at end: growth ${heap.growthMB!.toFixed(2)} MB (peak sampled heapUsed ${heap.peakMB!.toFixed(1)} MB)`);
}

await main();
