// Per-request overhead of the full client (auth headers, request id, idempotency key on POST,
// retry transport with its per-attempt timeout, typed-error mapping, JSON parse) against the
// floors it is built on, all over one keep-alive connection to the same local server:
//
// - raw: the platform `fetch` + `JSON.parse(await response.text())`;
// - openapi-fetch: `createClient` from openapi-fetch alone, on the same global fetch;
// - ofetch, ky, openai-node: peer HTTP clients with their default retries/timeouts, same headers;
// - client: `createXerotierClient` from @xerotier/api with its defaults (no tracer provider
//   registered, so tracing is off: one global lookup per call);
// - client (tracing disabled): the same with `tracing: { enabled: false }` (not even the lookup).
//
// The server runs in a child process (pinned to the other core when `taskset` exists). By default
// it is a minimal node:http server answering fixed bytes (a real approval list page / approval
// taken from the reference router once at start-up), which isolates the client's own cost. With
// --router it is the reference router itself, as issue 7 states the goal ("the same local
// router"); POST then pauses an agent's executor, a no-op the router answers 200 every time.
//
//   pnpm exec tsx bench/client-overhead.ts            # full run, prints a Markdown table
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

const API_KEY = "xero_demo_admin";
const AGAINST_ROUTER = process.argv.includes("--router");
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

/** Mean µs per request over `count` sequential requests. */
async function batch(run: Contender, count: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const data = (await run()) as { object?: unknown } | undefined;
    if (!data?.object) throw new Error("unexpected body");
  }
  return ((performance.now() - started) * 1000) / count;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median and spread (min–max over rounds) of one contender, in µs/request. */
interface Stat {
  median: number;
  min: number;
  max: number;
}

/** Median µs/request per contender over `rounds` rounds; each round runs every contender, in rotating order. */
async function measure(set: Record<string, Contender>, perBatch: number, rounds: number): Promise<Record<string, Stat>> {
  const names = Object.keys(set);
  for (const name of names) await batch(set[name]!, perBatch); // warm-up: JIT, connection
  const samples: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      samples[name]!.push(await batch(set[name]!, perBatch));
    }
  }
  return Object.fromEntries(names.map((k) => [k, { median: median(samples[k]!), min: Math.min(...samples[k]!), max: Math.max(...samples[k]!) }]));
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
  const perBatch = quick ? 300 : 1500;
  const rounds = quick ? 3 : 9;
  const { list, one } = await bodies();
  const server = await startServer(list, one);
  try {
    const results: Record<string, Record<string, Stat>> = {};
    for (const method of ["GET", "POST"] as const) results[method] = await measure(contenders(server.url, method), perBatch, rounds);
    console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
    console.log(`server: ${AGAINST_ROUTER ? "the reference router (demo seed, conformance off)" : "a bare node:http server with fixed bodies"}`);
    console.log(`bodies: list page ${Buffer.byteLength(list)} bytes (limit=20), approval ${Buffer.byteLength(one)} bytes; ${perBatch} sequential requests per batch, median of ${rounds} rounds`);
    console.log("| method | contender | µs/request (median) | spread (min–max) | ratio to raw | ratio to openapi-fetch |");
    console.log("|---|---|---:|---:|---:|---:|");
    for (const [method, r] of Object.entries(results)) {
      for (const [name, stat] of Object.entries(r)) {
        const spread = `${stat.min.toFixed(0)}–${stat.max.toFixed(0)}`;
        console.log(`| ${method} | ${name} | ${stat.median.toFixed(1)} | ${spread} | ${(stat.median / r.raw!.median).toFixed(2)} | ${(stat.median / r["openapi-fetch"]!.median).toFixed(2)} |`);
      }
    }
  } finally {
    server.stop();
  }
}

await main();
