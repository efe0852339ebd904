// `paginate` from @xerotier/api against the floor it is built on: a hand-written loop of the
// platform `fetch` + `JSON.parse`, following `after` = last item's id while `has_more`. Both walk
// the same N approvals (10,000 by default) from a bare local paging server (node:http in a child
// process, pinned to the other core when `taskset` exists) that answers cursor pages of the
// contract's shape (`{ object: "list", data, has_more }`, `limit` ≤ 100, `after`) from bytes it
// prepared at start-up, so the server's cost is small and the same for every contender. Each item
// is an approval as the reference router answers it, with its own id. Issue #13 goal 4: paginate
// within 1.10× of the raw loop (issue 25: item iteration at page size 100). A third contender
// runs the raw loop's logic on `client.GET`, which tells the client's per-request cost apart from
// paginate's own.
//
// Two transports, one after the other: the socket (the figures of record) and in process: the
// same pages answered by an undici dispatcher installed as the global one
// (bench/support/answering-dispatcher.ts), so every contender runs its whole path through Node's
// fetch except the socket, which a busy machine disturbs much less. --socket-only and
// --in-process-only run one of them. Ratios are medians of per-round ratios to the raw loop (each
// round walks every contender once).
//
//   node --expose-gc --import tsx bench/paginate.ts            # 10,000 items, page sizes 100 and 20
//   node --expose-gc --import tsx bench/paginate.ts --quick    # 1,000 items, 3 rounds, for a smoke run
//
// `pnpm bench paginate` runs it that way; --expose-gc lets each walk start after a full GC.
//
// Nothing here is asserted; figures go to bench/RESULTS.md by hand.
import { createXerotierClient } from "@xerotier/api";
import { createRouter, DEMO } from "@xerotier/testing";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, platform, release } from "node:os";
import { fileURLToPath } from "node:url";
import { installAnsweringDispatcher } from "./support/answering-dispatcher";

const API_KEY = "xero_demo_admin";
const MAX_LIMIT = 100;
const GOAL_RATIO = 1.1;
const LIST_PATH = `/${DEMO.project}/v1/exec/approvals`;

/** A page of the list for a request path (`LIST_PATH?limit=&after=`): status and body, built once per page. */
function pager(items: string[], ids: string[]): (path: string) => { status: number; body: Buffer } {
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const pages = new Map<string, Buffer>(); // "start:limit" → body; at most N × 100 distinct keys
  const bad = { status: 400, body: Buffer.from('{"error":{"code":"invalid_request","message":"bad page"}}') };
  return (path) => {
    const url = new URL(path, "http://127.0.0.1");
    const limit = Math.min(MAX_LIMIT, Math.max(1, Number(url.searchParams.get("limit") ?? 20) || 20));
    const after = url.searchParams.get("after");
    const start = after === null ? 0 : (indexOf.get(after) ?? -2) + 1;
    if (url.pathname !== LIST_PATH || start < 0) return bad;
    const key = `${start}:${limit}`;
    let body = pages.get(key);
    if (!body) {
      const hasMore = start + limit < items.length;
      body = Buffer.from(`{"object":"list","data":[${items.slice(start, start + limit).join(",")}],"has_more":${hasMore}}`);
      pages.set(key, body);
    }
    return { status: 200, body };
  };
}

/** Child mode: serve `items` (JSON texts, ids in order) as cursor pages, keep-alive, until the parent goes. */
function serve(items: string[], ids: string[]): void {
  const page = pager(items, ids);
  let n = 0;
  const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const { status, body } = page(request.url ?? "/");
    response.writeHead(status, {
      "content-type": "application/json",
      "content-length": body.byteLength,
      "x-request-id": `req_${(n++).toString(16).padStart(16, "0")}`,
    });
    response.end(body);
  });
  server.listen(0, "127.0.0.1", () => console.log(String((server.address() as AddressInfo).port)));
  process.on("disconnect", () => process.exit(0));
}

/** N approvals shaped exactly like the reference router's, each with its own id (in list order). */
async function approvals(count: number): Promise<{ items: string[]; ids: string[] }> {
  const router = createRouter({ clock: "manual", rateLimit: false });
  const headers = { authorization: `Bearer ${API_KEY}` };
  const url = `http://router.test/${DEMO.project}/v1/exec/approvals/${DEMO.approvals.pendingDestructive}`;
  const template = (await (await router.fetch(url, { headers })).json()) as Record<string, unknown>;
  await router.close();
  const ids = Array.from({ length: count }, (_, i) => `7e57a000-0000-4000-8000-${String(i).padStart(12, "0")}`);
  return { ids, items: ids.map((id) => JSON.stringify({ ...template, id })) };
}

async function startServer(items: string[], ids: string[]): Promise<{ origin: string; stop: () => void }> {
  const self = fileURLToPath(import.meta.url);
  const pin = spawnSync("which", ["taskset"]).status === 0 && cpus().length > 1;
  const argv = [...(pin ? ["taskset", "-c", "1"] : []), process.execPath, "--import", "tsx", self, "--serve"];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "inherit", "ipc"] });
  child.send({ items, ids });
  const port = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Walks the whole list once and returns how many items it saw and the last id. */
type Contender = () => Promise<{ count: number; last: string | undefined }>;

function contenders(origin: string, pageSize: number): Record<string, Contender> {
  const headers = { authorization: `Bearer ${API_KEY}`, accept: "application/json" };
  const client = createXerotierClient({ baseUrl: origin, project: DEMO.project, apiKey: API_KEY });
  return {
    "raw loop": async () => {
      let count = 0;
      let last: string | undefined;
      let after: string | undefined;
      for (;;) {
        const query = after === undefined ? `limit=${pageSize}` : `limit=${pageSize}&after=${encodeURIComponent(after)}`;
        const response = await fetch(`${origin}${LIST_PATH}?${query}`, { headers });
        if (!response.ok) throw new Error(`page failed: ${response.status}`);
        const page = JSON.parse(await response.text()) as { data: Array<{ id: string }>; has_more: boolean };
        for (const item of page.data) {
          count += 1;
          last = item.id;
        }
        if (!page.has_more) return { count, last };
        after = page.data[page.data.length - 1]!.id;
      }
    },
    // The same loop on the client's typed GET: separates the client's per-request cost from paginate's own.
    "client.GET loop": async () => {
      let count = 0;
      let last: string | undefined;
      let after: string | undefined;
      for (;;) {
        const { data: page } = await client.GET("/v1/exec/approvals", { params: { query: { limit: pageSize, after } } });
        for (const item of page.data) {
          count += 1;
          last = item.id;
        }
        if (!page.has_more) return { count, last };
        after = page.data[page.data.length - 1]!.id;
      }
    },
    paginate: async () => {
      let count = 0;
      let last: string | undefined;
      for await (const item of client.paginate("/v1/exec/approvals", {}, { pageSize })) {
        count += 1;
        last = item.id;
      }
      return { count, last };
    },
    "paginate pages()": async () => {
      let count = 0;
      let last: string | undefined;
      for await (const page of client.paginate("/v1/exec/approvals", {}, { pageSize }).pages()) {
        for (const item of page.data) {
          count += 1;
          last = item.id;
        }
      }
      return { count, last };
    },
  };
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** One full walk: wall ms, and CPU ms of this (the client's) process; the server runs elsewhere. */
interface Walk {
  wall: number;
  cpu: number;
}

/** Walks per contender: one warm-up walk each, then `rounds` rounds in rotating order. */
async function measure(set: Record<string, Contender>, expected: { count: number; last: string }, rounds: number): Promise<Record<string, Walk[]>> {
  const names = Object.keys(set);
  const walk = async (name: string): Promise<Walk> => {
    // Collect the previous walk's garbage first (with --expose-gc), so no contender pays for the one before it.
    (globalThis as { gc?: () => void }).gc?.();
    const cpu = process.cpuUsage();
    const started = performance.now();
    const seen = await set[name]!();
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    if (seen.count !== expected.count || seen.last !== expected.last) throw new Error(`${name} saw ${seen.count} items, last ${seen.last}`);
    return { wall, cpu: (used.user + used.system) / 1000 };
  };
  for (const name of names) await walk(name);
  const samples: Record<string, Walk[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      samples[name]!.push(await walk(name));
    }
  }
  return samples;
}

const median = (xs: number[]) => quantile(xs, 0.5);

/** Prints one transport's table; returns paginate's verdict per page size (median of per-round wall ratios). */
async function run(title: string, origin: string, expected: { count: number; last: string }, rounds: number): Promise<string[]> {
  console.log(`\n${title}`);
  console.log("| page size | contender | wall ms per walk | p25–p75 | wall ratio to raw loop | client CPU ms per walk | p25–p75 | CPU ratio to raw loop |");
  console.log("|---:|---|---:|---:|---:|---:|---:|---:|");
  const verdicts: string[] = [];
  for (const pageSize of [MAX_LIMIT, 20]) {
    const samples = await measure(contenders(origin, pageSize), expected, rounds);
    const of = (name: string, key: keyof Walk) => samples[name]!.map((w) => w[key]);
    const ratio = (name: string, key: keyof Walk) => median(samples[name]!.map((w, i) => w[key] / samples["raw loop"]![i]![key]));
    for (const name of Object.keys(samples)) {
      const cells = (["wall", "cpu"] as const).map((key) => {
        const xs = of(name, key);
        return `${median(xs).toFixed(1)} | ${quantile(xs, 0.25).toFixed(1)}–${quantile(xs, 0.75).toFixed(1)} | ${ratio(name, key).toFixed(3)}`;
      });
      console.log(`| ${pageSize} | ${name} | ${cells.join(" | ")} |`);
    }
    verdicts.push(`page size ${pageSize}: paginate ${ratio("paginate", "wall").toFixed(2)}× (CPU ${ratio("paginate", "cpu").toFixed(2)}×) the raw loop`);
  }
  return verdicts;
}

async function main(): Promise<void> {
  if (process.argv.includes("--serve")) {
    process.once("message", (m: { items: string[]; ids: string[] }) => serve(m.items, m.ids));
    return;
  }
  const quick = process.argv.includes("--quick");
  const count = quick ? 1_000 : 10_000;
  const rounds = quick ? 3 : 21;
  const { items, ids } = await approvals(count);
  const expected = { count, last: ids[count - 1]! };
  const bytes = items.reduce((sum, item) => sum + Buffer.byteLength(item), 0);
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
  console.log(`${count} approvals (${Math.round(bytes / count)} bytes each); per full walk, ${rounds} rounds in rotating order; median, p25–p75; client CPU = this process's user+system time`);
  if (!process.argv.includes("--in-process-only")) {
    const server = await startServer(items, ids);
    try {
      const verdicts = await run("socket: a bare node:http paging server in a child process", server.origin, expected, rounds);
      console.log(`socket: ${verdicts.join("; ")} (goal ≤ ${GOAL_RATIO}×)`);
    } finally {
      server.stop();
    }
  }
  if (process.argv.includes("--socket-only")) return;
  const page = pager(items, ids);
  const restore = installAnsweringDispatcher((request) => ({
    ...page(request.path),
    headers: { "content-type": "application/json", "x-request-id": "req_0000000000000001" },
  }));
  try {
    const verdicts = await run("in process: the same pages from an answering undici dispatcher (no socket)", "http://127.0.0.1:8080", expected, rounds);
    console.log(`in process: ${verdicts.join("; ")}`);
  } finally {
    restore();
  }
}

await main();
