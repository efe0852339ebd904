// The reference router (@xerotier/testing, from its built dist): start time, and requests per
// second on one core.
//
// Start time: in each of several fresh plain `node` processes (pinned to core 0), time `import` +
// `startRouter` (demo seed, port 0) = "cold", then close it and time further `startRouter` calls
// in the same process = "warm" (modules loaded, JIT partly warm). Median over processes.
//
// Throughput: one process runs `startRouter` pinned to core 0 (`taskset`, when present); a load
// generator in another process, pinned to core 1, keeps 8 keep-alive connections busy with
// `GET /proj_demo/v1/exec/approvals?limit=5` (demo admin key) for a fixed time, and reports
// req/s and p50/p99 latency. The same load against a bare node:http server answering the same
// bytes on the same core is the baseline: it shows what one core and the load generator allow.
//
//   pnpm exec tsx bench/router.ts            # 7 start-up processes, 5 s of load per server
//   pnpm exec tsx bench/router.ts --quick    # 3 processes, 2 s of load
//
// Needs the built dist (`pnpm build`). Nothing is asserted; figures go to bench/RESULTS.md by hand.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { Agent, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, platform, release } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type * as Testing from "@xerotier/testing";

const root = fileURLToPath(new URL("..", import.meta.url));
const self = fileURLToPath(import.meta.url);
const DIST = pathToFileURL(`${root}packages/testing/dist/index.js`).href;
const PATH = "/proj_demo/v1/exec/approvals?limit=5";
const API_KEY = "xero_demo_admin";
const WARM_STARTS = 5;

interface StartupSample {
  coldMs: number;
  importMs: number;
  warmMs: number;
}

/**
 * Start-up sample, run by plain `node` (not tsx: its loader hooks would slow every import): cold
 * import + start, then warm starts in the same process. Prints one {@link StartupSample}.
 */
const STARTUP_SCRIPT = `
const t0 = performance.now();
const { startRouter } = await import(${JSON.stringify(DIST)});
const t1 = performance.now();
const first = await startRouter({ port: 0, seed: "demo" });
const t2 = performance.now();
await first.close();
const warm = [];
for (let i = 0; i < ${WARM_STARTS}; i += 1) {
  const s = performance.now();
  const running = await startRouter({ port: 0, seed: "demo" });
  warm.push(performance.now() - s);
  await running.close();
}
warm.sort((a, b) => a - b);
console.log(JSON.stringify({ coldMs: t2 - t0, importMs: t1 - t0, warmMs: warm[Math.floor(warm.length / 2)] }));
`;

/** Child mode: a server on a free port, printing the port; `router` or a bare node:http with `body`. */
async function serveChild(kind: string): Promise<void> {
  if (kind === "router") {
    const { startRouter } = (await import(DIST)) as typeof Testing;
    // The default limiter (600/min per key) would answer 429s within a second: off for a throughput test.
    const running = await startRouter({ port: 0, seed: "demo", rateLimit: false });
    console.log(String(running.port));
    return;
  }
  const body = Buffer.from(process.env.BENCH_BODY ?? "{}");
  const server = createServer({ keepAliveTimeout: 60_000 }, (_request, response) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": body.byteLength });
    response.end(body);
  });
  server.listen(0, "127.0.0.1", () => console.log(String((server.address() as AddressInfo).port)));
}

/** Child mode: `connections` keep-alive loops for `seconds`; prints count, errors, p50, p99 (ms). */
async function loadChild(port: number, seconds: number, connections: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = httpRequest({ host: "127.0.0.1", port, path: PATH, agent, headers: { authorization: `Bearer ${API_KEY}`, accept: "application/json" } }, (res) => {
        res.resume();
        res.on("end", () => {
          if (res.statusCode === 200) latencies.push(performance.now() - started);
          else errors += 1;
          resolve();
        });
      });
      req.on("error", () => {
        errors += 1;
        resolve();
      });
      req.end();
    });
  const loop = async () => {
    while (performance.now() < end) await one();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, loop));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  agent.destroy();
  console.log(JSON.stringify({ rps: latencies.length / elapsed, ok: latencies.length, errors, p50: at(0.5), p99: at(0.99) }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pinnable = spawnSync("which", ["taskset"]).status === 0 && cpus().length > 1;

/** argv for a child running this file in `mode`, pinned to `core` when possible. */
function childArgv(core: number, ...mode: string[]): [string, string[]] {
  const argv = [...(pinnable ? ["taskset", "-c", String(core)] : []), process.execPath, "--import", "tsx", self, ...mode];
  return [argv[0]!, argv.slice(1)];
}

async function startServer(kind: "router" | "bare", body: string): Promise<{ port: number; child: ChildProcess }> {
  const [cmd, args] = childArgv(0, "--serve", kind);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, BENCH_BODY: body } });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout!.once("data", (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  return { port, child };
}

interface Load {
  rps: number;
  ok: number;
  errors: number;
  p50: number;
  p99: number;
}

function load(port: number, seconds: number, connections: number): Load {
  const [cmd, args] = childArgv(1, "--load", String(port), String(seconds), String(connections));
  const child = spawnSync(cmd, args, { encoding: "utf8", timeout: (seconds + 30) * 1000 });
  if (child.status !== 0) throw new Error(`load generator failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").pop()!) as Load;
}

/** The router's answer to the benchmarked request, for the bare server to repeat byte for byte. */
async function routerBody(): Promise<string> {
  const { createRouter } = (await import(DIST)) as typeof Testing;
  const router = createRouter({ rateLimit: false });
  const response = await router.fetch(`http://router.test${PATH}`, { headers: { authorization: `Bearer ${API_KEY}` } });
  const text = await response.text();
  await router.close();
  return text;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--serve") return serveChild(args[1]!);
  if (args[0] === "--load") return loadChild(Number(args[1]), Number(args[2]), Number(args[3]));
  if (!existsSync(fileURLToPath(DIST))) throw new Error("no packages/testing/dist: run `pnpm build` first");
  const quick = args.includes("--quick");
  const processes = quick ? 3 : 7;
  const seconds = quick ? 2 : 5;
  const connections = 8;

  const startups: StartupSample[] = [];
  for (let i = 0; i < processes; i += 1) {
    const argv = [...(pinnable ? ["taskset", "-c", "0"] : []), process.execPath, "--input-type=module", "-e", STARTUP_SCRIPT];
    const child = spawnSync(argv[0]!, argv.slice(1), { cwd: root, encoding: "utf8", timeout: 60_000 });
    if (child.status !== 0) throw new Error(`start-up child failed: ${child.stderr}`);
    startups.push(JSON.parse(child.stdout.trim().split("\n").pop()!) as StartupSample);
  }

  const body = await routerBody();
  const results: Record<string, Load> = {};
  for (const kind of ["bare", "router"] as const) {
    const server = await startServer(kind, body);
    try {
      load(server.port, 1, connections); // warm-up: JIT, connections
      results[kind] = load(server.port, seconds, connections);
    } finally {
      server.child.kill();
    }
  }

  const ms = (n: number) => n.toFixed(1);
  console.log(`machine: ${cpus()[0]?.model ?? "unknown CPU"} x${cpus().length}, ${platform()} ${release()}, Node ${process.version}, taskset: ${pinnable ? "yes" : "no"}`);
  console.log(`start-up: ${processes} fresh processes, median; warm = median of ${WARM_STARTS} further starts in the same process`);
  console.log("| start-up | ms (median) | min–max |");
  console.log("|---|---:|---:|");
  for (const [label, key] of [["cold: import + startRouter", "coldMs"], ["  of which import", "importMs"], ["warm: startRouter", "warmMs"]] as const) {
    const xs = startups.map((s) => s[key]);
    console.log(`| ${label} | ${ms(median(xs))} | ${ms(Math.min(...xs))}–${ms(Math.max(...xs))} |`);
  }
  console.log(`load: GET ${PATH} (${Buffer.byteLength(body)} bytes), ${connections} keep-alive connections, ${seconds} s after a 1 s warm-up`);
  console.log("| server (core 0) | req/s | ratio to bare | p50 ms | p99 ms | non-200 |");
  console.log("|---|---:|---:|---:|---:|---:|");
  for (const [kind, r] of Object.entries(results)) {
    console.log(`| ${kind === "bare" ? "bare node:http, same bytes" : "reference router"} | ${Math.round(r.rps).toLocaleString("en-US")} | ${(r.rps / results.bare!.rps).toFixed(3)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} |`);
  }
}

await main();
