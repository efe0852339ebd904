/**
 * Runs the TypeScript snippets of the READMEs and `docs/` against a reference router, as a reader
 * would run them (test/snippets-run.test.ts starts the router and drives this).
 *
 * What runs: each page's program (its hidden prelude, then its blocks in order, hidden
 * `<!-- ts meanwhile … -->` blocks included, as scripts/check-snippets.mjs compiles them), and each
 * `standalone` block with the prelude. A prelude that stands in for "your application" must give
 * real values (`declare` compiles to nothing: a page that only declares a name it uses fails with
 * a ReferenceError). Markers:
 *   ```ts no-run    compiled, not run: it needs what the runner cannot give (a PostgreSQL, a
 *                   third-party account), or it is a fragment of a larger program
 *   ```ts forever   it does not end on its own (it follows a stream until stopped). It runs in a
 *                   program of its own, after the blocks before it, and passes if nothing fails
 *                   within `foreverMs` of reaching it; the page's program goes on without it.
 * The environment is what the page states: the `export NAME=value` lines of its shell blocks,
 * with `http://127.0.0.1:4010` (or `localhost:4010`) pointing at the router under test.
 *
 * How: one esbuild bundle of every program (workspace sources through the root tsconfig's paths,
 * `vitest` swapped for a small sequential runner), each program run in a worker thread with its
 * environment, terminated when it is done, fails, or exceeds `timeoutMs`.
 */
import { build } from "esbuild";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { extractBlocks } from "./check-snippets.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const VITEST_SHIM = join(ROOT, "scripts", "snippet-vitest.mjs");
const OUTPUT_LIMIT = 64 * 1024;
const PORT = "__snippetPort";

/**
 * The programs of one page: `{ name, page, line, code, forever }`, `code` instrumented to report
 * the line of each block it reaches and that it finished.
 */
export function pagePrograms(page, text) {
  const blocks = extractBlocks(text, page);
  const preludes = blocks.filter((b) => b.kind === "prelude");
  const runnable = blocks.filter((b) => b.kind === "code" && !b.flags.includes("no-check") && !b.flags.includes("no-run"));
  const joined = runnable.filter((b) => !b.flags.includes("standalone"));
  const steps = joined.filter((b) => !b.flags.includes("forever"));
  const programs = steps.length ? [program(page, page, [...preludes, ...steps])] : [];
  for (const block of joined.filter((b) => b.flags.includes("forever"))) {
    programs.push(program(page, `${page}:${block.line}`, [...preludes, ...steps.filter((b) => b.line < block.line), block]));
  }
  for (const block of runnable.filter((b) => b.flags.includes("standalone"))) programs.push(program(page, `${page}:${block.line}`, [...preludes, block]));
  return programs;
}

function program(page, name, parts) {
  const lines = [`import { parentPort as ${PORT} } from "node:worker_threads";`];
  for (const part of parts) {
    lines.push(`${PORT}.postMessage({ reached: ${part.line}, forever: ${part.flags.includes("forever")} });`, part.code);
  }
  // A vitest-style page has registered tests: run them (the shim) before saying done.
  lines.push("await globalThis.__snippetSettle?.();", `${PORT}.postMessage({ done: true });`, "export {};");
  return { name, page, line: parts.find((p) => p.kind === "code").line, code: lines.join("\n"), forever: parts.at(-1).flags.includes("forever") };
}

/**
 * The environment a page states: every assignment of an `export` line in its shell blocks, with
 * the local router's address replaced by `routerUrl`.
 */
export function pageEnvironment(text, routerUrl) {
  const env = {};
  let inShell = false;
  for (const line of text.split("\n")) {
    const fence = /^\s*```\s*(\w*)/.exec(line);
    if (fence) inShell = !inShell && ["sh", "bash", "shell"].includes(fence[1]);
    else if (inShell && /^\s*export\s/.test(line)) {
      for (const [, name, value] of line.matchAll(/\b([A-Z][A-Z0-9_]*)=("[^"]*"|'[^']*'|\S+)/g)) {
        env[name] = value.replace(/^(["'])(.*)\1$/, "$2").replace(/^http:\/\/(127\.0\.0\.1|localhost):4010/, routerUrl);
      }
    }
  }
  return env;
}

/** Bundles `programs` into `outdir` (one esbuild build, shared chunks) and sets each one's `file`. */
export async function bundlePrograms(programs, outdir) {
  const byPath = new Map(programs.map((p, i) => [`snippet:${i}`, p]));
  const packageDirs = readdirSync(join(ROOT, "packages")).map((p) => join(ROOT, "packages", p));
  await build({
    entryPoints: [...byPath.keys()].map((path, i) => ({ in: path, out: `program-${i}` })),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    outdir,
    tsconfig: join(ROOT, "tsconfig.json"),
    logLevel: "silent",
    // CommonJS dependencies call require(); an ESM bundle has none of its own.
    banner: { js: 'import { createRequire as __snippetRequire } from "node:module"; const require = __snippetRequire(import.meta.url);' },
    plugins: [
      {
        name: "snippets",
        setup(b) {
          b.onResolve({ filter: /^snippet:/ }, (args) => ({ path: args.path, namespace: "snippet" }));
          b.onLoad({ filter: /.*/, namespace: "snippet" }, (args) => {
            const p = byPath.get(args.path);
            return { contents: p.code, loader: "ts", resolveDir: dirname(join(ROOT, p.page)) };
          });
          b.onResolve({ filter: /^vitest$/ }, () => ({ path: VITEST_SHIM }));
          // A dependency of one package (msw, pg) imported by a page: resolve it from the packages.
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.namespace !== "snippet" || args.pluginData === "retry") return undefined;
            for (const dir of [args.resolveDir, ...packageDirs]) {
              const found = await b.resolve(args.path, { resolveDir: dir, kind: args.kind, pluginData: "retry" });
              if (found.errors.length === 0) return found;
            }
            return undefined;
          });
        },
      },
    ],
  });
  programs.forEach((p, i) => (p.file = join(outdir, `program-${i}.js`)));
}

/**
 * Runs one bundled program in a worker thread with `env`. Resolves `{ ok, error?, reached?, output }`:
 * `ok` when it finished (or, at a `forever` block, ran `foreverMs` without failing); `error` is the
 * failure (thrown, rejected, or the time limit), `reached` the page line of the last block it began.
 */
export function runProgram(program, { env = {}, timeoutMs = 20_000, foreverMs = 1_000 } = {}) {
  return new Promise((resolvePromise) => {
    let output = "";
    let reached;
    let settled = false;
    const worker = new Worker(program.file, { env, stdout: true, stderr: true });
    const collect = (chunk) => (output = `${output}${chunk}`.slice(-OUTPUT_LIMIT));
    worker.stdout.on("data", collect);
    worker.stderr.on("data", collect);
    const finish = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(foreverTimer);
      void worker.terminate();
      resolvePromise({ ok: error === undefined, ...(error !== undefined ? { error } : {}), reached, output });
    };
    let foreverTimer;
    const deadline = setTimeout(() => finish(new Error(`did not finish within ${timeoutMs} ms`)), timeoutMs);
    worker.on("message", (message) => {
      if (message.done) return finish();
      reached = message.reached;
      if (message.forever) foreverTimer = setTimeout(() => finish(), foreverMs);
    });
    worker.on("error", (error) => finish(error));
    worker.on("exit", (code) => finish(code === 0 ? new Error("exited before it finished") : new Error(`exited with code ${code}`)));
  });
}
