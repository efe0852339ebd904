// Per-request overhead of the full client (auth headers, request id, idempotency key on POST,
// retry transport with its per-attempt timeout, typed-error mapping, JSON parse) against the
// floors it is built on and its peers, all in one run:
//
// - raw: the platform `fetch` + `JSON.parse(await response.text())`;
// - openapi-fetch: `createClient` from openapi-fetch alone, on the same global fetch;
// - ofetch, ky, openai-node: peer HTTP clients with their default retries/timeouts, same headers;
// - client: `createXerotierClient` from @xerotier/api with its defaults (no tracer provider
//   registered, so tracing is off: one global lookup per call);
// - client (tracing disabled): the same with `tracing: { enabled: false }` (not even the lookup).
//
// Two transports, one after the other in the same process:
//
// - socket: one keep-alive connection each to a server in a child process (pinned to the other
//   core when `taskset` exists). By default a minimal node:http server answering fixed bytes (a
//   real approval list page / approval taken from the reference router once at start-up), which
//   isolates the client's own cost. With --router it is the reference router itself, as issue 7
//   states the goal ("the same local router"); POST then pauses an agent's executor, a no-op the
//   router answers 200 every time. The figures of record for the goals.
// - in process: the same bodies answered by an undici dispatcher installed as the global one
//   (bench/support/answering-dispatcher.ts), so every contender runs its whole request path through
//   Node's fetch except the socket. Ratios are larger (nothing dilutes the client's own work) but
//   far less noisy on a busy machine: the view of what the client itself costs. --socket-only and
//   --in-process-only run one of the two.
//
// Each batch is timed in wall time and in this process's CPU time (`process.cpuUsage()`, which a
// busy neighbour disturbs much less); ratios are medians of per-round ratios to raw (each round
// runs every contender once, in rotating order).
//
//   pnpm exec tsx bench/client-overhead.ts            # full run, prints Markdown tables
//   pnpm exec tsx bench/client-overhead.ts --router   # against the reference router
//   pnpm exec tsx bench/client-overhead.ts --quick    # fewer requests, for a smoke run
//
// Nothing here is asserted; figures go to bench/RESULTS.md by hand.
import { createXerotierClient } from "@xerotier/api";
import { createRouter, DEMO, startRouter } from "@xerotier/testing";
import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, platform, release } from "node:os";
import { fileURLToPath } from "node:url";
import ky from "ky";
import { ofetch } from "ofetch";
import OpenAI from "openai";
import createClient from "../packages/api/node_modules/openapi-fetch/dist/index.mjs";
import type { paths } from "../packages/api/src/generated/schema";
import { installAnsweringDispatcher } from "./support/answering-dispatcher";

const API_KEY = "xero_demo_admin";
const AGAINST_ROUTER = process.argv.includes("--router");
/** The value of `--name=value`, if given. */
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const APPROVAL_ID = DEMO.approvals.pendingDestructive;

/** Child mode: answer every GET with `list` and every POST with `one`, keep-alive, forever. */
function serve(list: string, one: string): void {
  const listBytes = Buffer.from(list);
  const oneBytes = Buffer.from(one);
  let n = 0;
  const server = createServer({ keepAliveTimeout: 60_000 }, (request, response) => {
    const body = request.method === "POST" ? oneBytes : listBytes;
    request.resume(); // drain a POST body
    request.on("end", () => {
      response.writeHead(200, {
        "content-type": "application/json",
        "content-length": body.byteLength,
        "x-request-id": `req_${(n++).toString(16).padStart(16, "0")}`,
      });
      response.end(body);
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(String((server.address() as AddressInfo).port)));
  process.on("disconnect", () => process.exit(0));
}

/** Realistic bodies: what the reference router answers for a list page and for one approval. */
async function bodies(): Promise<{ list: string; one: string }> {
  const router = createRouter({ clock: "manual", rateLimit: false });
  const headers = { authorization: `Bearer ${API_KEY}` };
  const list = await (await router.fetch(`http://router.test/${DEMO.project}/v1/exec/approvals?limit=20`, { headers })).text();
  const one = await (await router.fetch(`http://router.test/${DEMO.project}/v1/exec/approvals/${APPROVAL_ID}`, { headers })).text();
  await router.close();
  return { list, one };
}

async function startServer(list: string, one: string): Promise<{ url: string; stop: () => void }> {
  const self = fileURLToPath(import.meta.url);
  const pin = spawnSync("which", ["taskset"]).status === 0 && cpus().length > 1;
  const argv = [...(pin ? ["taskset", "-c", "1"] : []), process.execPath, "--import", "tsx", self, AGAINST_ROUTER ? "--serve-router" : "--serve"];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "inherit", "ipc"] });
  child.send({ list, one });
  const port = await new Promise<string>((resolve, reject) => {
    child.once("error", reject);
    child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

type Contender = () => Promise<unknown>;

function contenders(origin: string, method: "GET" | "POST"): Record<string, Contender> {
  const base = `${origin}/${DEMO.project}`;
  const auth = { authorization: `Bearer ${API_KEY}`, accept: "application/json" };
  const of = createClient<paths>({ baseUrl: base, headers: auth });
  const client = createXerotierClient({ baseUrl: origin, project: DEMO.project, apiKey: API_KEY });
  const untraced = createXerotierClient({ baseUrl: origin, project: DEMO.project, apiKey: API_KEY, tracing: { enabled: false } });
  // openai-node as a generic client: its get/post helpers, its own headers, retries and timeout.
  const openai = new OpenAI({ apiKey: API_KEY, baseURL: base });
  const kyClient = ky.create({ headers: auth });
  if (method === "GET") {
    const listUrl = `${base}/v1/exec/approvals?limit=20`;
    const init = { params: { query: { limit: 20 } } };
    return {
      raw: async () => JSON.parse(await (await fetch(listUrl, { headers: auth })).text()),
      "openapi-fetch": async () => (await of.GET("/v1/exec/approvals", init)).data,
      ofetch: () => ofetch(listUrl, { headers: auth }),
      ky: () => kyClient.get(listUrl).json(),
      "openai-node": () => openai.get("/v1/exec/approvals", { query: { limit: 20 } }),
      client: async () => (await client.GET("/v1/exec/approvals", init)).data,
      "client (tracing disabled)": async () => (await untraced.GET("/v1/exec/approvals", init)).data,
    };
  }
  // Every contender sends an Idempotency-Key, as the client does: against the router, which stores
  // each keyed answer, the server then does the same work for all of them.
  const key = () => ({ "idempotency-key": crypto.randomUUID() });
  const json = { ...auth, "content-type": "application/json" };
  const target = AGAINST_ROUTER
    ? // pause-exec on an already-paused agent: a no-op the router answers 200 every time.
      { path: "/v1/management/agents/{agent_id}/pause-exec" as const, url: `${base}/v1/management/agents/${DEMO.agents.fleet01}/pause-exec`, params: { path: { agent_id: DEMO.agents.fleet01 } }, body: {} }
    : { path: "/v1/exec/approvals/{approval_id}/approve" as const, url: `${base}/v1/exec/approvals/${APPROVAL_ID}/approve`, params: { path: { approval_id: APPROVAL_ID } }, body: { note: "CHG-1043" } };
  const { url, body } = target;
  const typed = { params: target.params, body } as never;
  return {
    raw: async () => JSON.parse(await (await fetch(url, { method: "POST", headers: { ...json, ...key() }, body: JSON.stringify(body) })).text()),
    "openapi-fetch": async () => (await of.POST(target.path, { ...(typed as object), headers: key() } as never)).data,
    ofetch: () => ofetch(url, { method: "POST", headers: { ...auth, ...key() }, body }),
    ky: () => kyClient.post(url, { json: body, headers: key() }).json(),
    "openai-node": () => openai.post(url.slice(base.length), { body, headers: key() }),
    client: async () => (await client.POST(target.path, typed)).data,
    "client (tracing disabled)": async () => (await untraced.POST(target.path, typed)).data,
  };
}

/** µs per request over `count` sequential requests: wall time and this process's CPU time. */
interface Sample {
  wall: number;
  cpu: number;
}

async function batch(run: Contender, count: number): Promise<Sample> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const data = (await run()) as { object?: unknown } | undefined;
    if (!data?.object) throw new Error("unexpected body");
  }
  const used = process.cpuUsage(cpu);
  return { wall: ((performance.now() - started) * 1000) / count, cpu: (used.user + used.system) / count };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One contender over all rounds: medians, spread, and medians of the per-round ratios to raw. */
interface Stat {
  wall: number;
  min: number;
  max: number;
  cpu: number;
  wallRatio: number;
  cpuRatio: number;
}

/** Every contender over `rounds` rounds; each round runs every contender once, in rotating order. */
async function measure(set: Record<string, Contender>, perBatch: number, rounds: number): Promise<Record<string, Stat>> {
  const names = Object.keys(set);
  for (const name of names) await batch(set[name]!, perBatch); // warm-up: JIT, connection
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      samples[name]!.push(await batch(set[name]!, perBatch));
    }
  }
  const raw = samples.raw!;
  return Object.fromEntries(
    names.map((k) => {
      const xs = samples[k]!;
      const walls = xs.map((x) => x.wall);
      const stat: Stat = {
        wall: median(walls),
        min: Math.min(...walls),
        max: Math.max(...walls),
        cpu: median(xs.map((x) => x.cpu)),
        wallRatio: median(xs.map((x, i) => x.wall / raw[i]!.wall)),
        cpuRatio: median(xs.map((x, i) => x.cpu / raw[i]!.cpu)),
      };
      return [k, stat];
    }),
  );
}

function printTable(title: string, results: Record<string, Record<string, Stat>>): void {
  console.log(`\n${title}`);
  console.log("| method | contender | wall µs/request | spread (min–max) | wall ratio to raw | CPU µs/request | CPU ratio to raw | wall ratio to openapi-fetch |");
  console.log("|---|---|---:|---:|---:|---:|---:|---:|");
  for (const [method, r] of Object.entries(results)) {
    for (const [name, stat] of Object.entries(r)) {
      const cells = [
        stat.wall.toFixed(1),
        `${stat.min.toFixed(0)}–${stat.max.toFixed(0)}`,
        stat.wallRatio.toFixed(2),
        stat.cpu.toFixed(1),
        stat.cpuRatio.toFixed(2),
        (stat.wall / r["openapi-fetch"]!.wall).toFixed(2),
      ];
      console.log(`| ${method} | ${name} | ${cells.join(" | ")} |`);
    }
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--serve-router")) {
    // Conformance checking off: it is the server's cost, the same for every contender.
    const running = await startRouter({ port: 0, seed: "demo", clock: "manual", rateLimit: false, validate: "off" });
    console.log(String(running.port));
    process.on("disconnect", () => process.exit(0));
    return;
  }
  if (process.argv.includes("--serve")) {
    process.once("message", (m: { list: string; one: string }) => serve(m.list, m.one));
    return;
  }
  const quick = process.argv.includes("--quick");
  // Many short rounds: a ratio per round, of batches run back to back, is what a busy machine disturbs least.
  const perBatch = quick ? 100 : 300;
  const rounds = Number(arg("rounds") ?? (quick ? 5 : 41));
  const { list, one } = await bodies();
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
  console.log(`bodies: list page ${Buffer.byteLength(list)} bytes (limit=20), approval ${Buffer.byteLength(one)} bytes; ${perBatch} sequential requests per batch, ${rounds} rounds`);
  if (!process.argv.includes("--in-process-only")) {
    const server = await startServer(list, one);
    const socket: Record<string, Record<string, Stat>> = {};
    try {
      for (const method of ["GET", "POST"] as const) socket[method] = await measure(contenders(server.url, method), perBatch, rounds);
    } finally {
      server.stop();
    }
    const what = AGAINST_ROUTER ? "the reference router (demo seed, conformance off)" : "a bare node:http server with fixed bodies";
    printTable(`socket: ${what} in a child process`, socket);
  }
  if (process.argv.includes("--socket-only")) return;
  const restore = installAnsweringDispatcher((request) => ({
    status: 200,
    headers: { "content-type": "application/json", "x-request-id": "req_0000000000000001" },
    body: Buffer.from(request.method === "POST" ? one : list),
  }));
  const inProcess: Record<string, Record<string, Stat>> = {};
  try {
    for (const method of ["GET", "POST"] as const) inProcess[method] = await measure(contenders("http://127.0.0.1:8080", method), perBatch, rounds);
  } finally {
    restore();
  }
  printTable("in process: the same bodies from an answering undici dispatcher (no socket)", inProcess);
}

await main();
