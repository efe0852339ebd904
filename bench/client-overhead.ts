// Per-request overhead of the full client (auth headers, request id, idempotency key on POST,
// retry transport with its per-attempt timeout, typed-error mapping, JSON parse) against the
// floors it is built on, all over one keep-alive connection to the same local server:
//
// - raw: the platform `fetch` + `JSON.parse(await response.text())`;
// - openapi-fetch: `createClient` from openapi-fetch alone, on the same global fetch;
// - client: `createXerotierClient` from @xerotier/api with its defaults.
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
  const listUrl = `${base}/v1/exec/approvals?limit=20`;
  const approveUrl = `${base}/v1/exec/approvals/${APPROVAL_ID}/approve`;
  const note = { note: "CHG-1043" };
  if (method === "GET") {
    return {
      raw: async () => JSON.parse(await (await fetch(listUrl, { headers: auth })).text()),
      "openapi-fetch": async () => (await of.GET("/v1/exec/approvals", { params: { query: { limit: 20 } } })).data,
      client: async () => (await client.GET("/v1/exec/approvals", { params: { query: { limit: 20 } } })).data,
    };
  }
  if (AGAINST_ROUTER) {
    const agent = { agent_id: DEMO.agents.fleet01 };
    const pauseUrl = `${base}/v1/management/agents/${agent.agent_id}/pause-exec`;
    // The client sends an Idempotency-Key, and the router stores each keyed answer: the floors
    // send one too, so the router does the same work for every contender.
    const key = () => ({ "idempotency-key": crypto.randomUUID() });
    return {
      raw: async () =>
        JSON.parse(await (await fetch(pauseUrl, { method: "POST", headers: { ...auth, ...key(), "content-type": "application/json" }, body: "{}" })).text()),
      "openapi-fetch": async () => (await of.POST("/v1/management/agents/{agent_id}/pause-exec", { params: { path: agent }, body: {}, headers: key() })).data,
      client: async () => (await client.POST("/v1/management/agents/{agent_id}/pause-exec", { params: { path: agent }, body: {} })).data,
    };
  }
  const path = { approval_id: APPROVAL_ID };
  return {
    raw: async () =>
      JSON.parse(
        await (await fetch(approveUrl, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify(note) })).text(),
      ),
    "openapi-fetch": async () => (await of.POST("/v1/exec/approvals/{approval_id}/approve", { params: { path }, body: note })).data,
    client: async () => (await client.POST("/v1/exec/approvals/{approval_id}/approve", { params: { path }, body: note })).data,
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

/** Median µs/request per contender over `rounds` rounds; each round runs every contender, in rotating order. */
async function measure(set: Record<string, Contender>, perBatch: number, rounds: number): Promise<Record<string, number>> {
  const names = Object.keys(set);
  for (const name of names) await batch(set[name]!, perBatch); // warm-up: JIT, connection
  const samples: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < names.length; i += 1) {
      const name = names[(round + i) % names.length]!;
      samples[name]!.push(await batch(set[name]!, perBatch));
    }
  }
  return Object.fromEntries(names.map((k) => [k, median(samples[k]!)]));
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
    const results: Record<string, Record<string, number>> = {};
    for (const method of ["GET", "POST"] as const) results[method] = await measure(contenders(server.url, method), perBatch, rounds);
    console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}`);
    console.log(`server: ${AGAINST_ROUTER ? "the reference router (demo seed, conformance off)" : "a bare node:http server with fixed bodies"}`);
    console.log(`bodies: list page ${Buffer.byteLength(list)} bytes (limit=20), approval ${Buffer.byteLength(one)} bytes; ${perBatch} sequential requests per batch, median of ${rounds} rounds`);
    console.log("| method | contender | µs/request | ratio to raw | ratio to openapi-fetch |");
    console.log("|---|---|---:|---:|---:|");
    for (const [method, r] of Object.entries(results)) {
      for (const name of ["raw", "openapi-fetch", "client"]) {
        console.log(`| ${method} | ${name} | ${r[name]!.toFixed(1)} | ${(r[name]! / r.raw!).toFixed(2)} | ${(r[name]! / r["openapi-fetch"]!).toFixed(2)} |`);
      }
    }
  } finally {
    server.stop();
  }
}

await main();
