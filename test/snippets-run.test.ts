// Every runnable TypeScript snippet of the READMEs and docs/ runs as written against the demo
// router, with the environment its page states: a wrong id, a hard-coded project or a missing
// option fails here, naming the page and line (scripts/run-snippets.mjs says what runs and how).
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startRouter, type RunningRouter } from "@xerotier/testing";
import { markdownPages } from "../scripts/check-snippets.mjs";
import { bundlePrograms, pageEnvironment, pagePrograms, runProgram, type SnippetRunResult } from "../scripts/run-snippets.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
// Router time passes 50 times faster than real time while a program runs, so a snippet that
// waits for an invocation to run or an approval to escalate finishes in seconds.
const TICK_MS = 10;
const ROUTER_MS_PER_TICK = 500;

const texts = new Map(markdownPages().map((page) => [page, readFileSync(join(ROOT, page), "utf8")]));
const programs = [...texts].flatMap(([page, text]) => pagePrograms(page, text));
// The developer's own XEROTIER_* variables must not leak into a page that states none.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("XEROTIER_")));

let running: RunningRouter;
let outdir: string;
let workdir: string;
let cwd: string;
beforeAll(async () => {
  outdir = mkdtempSync(join(tmpdir(), "snippets-bundle-"));
  await bundlePrograms(programs, outdir);
  running = await startRouter({ port: 0, seed: "demo", clock: "manual" });
  // Snippets that write files (an incident export, a checkpoint) write them here.
  cwd = process.cwd();
  workdir = mkdtempSync(join(tmpdir(), "snippets-cwd-"));
  process.chdir(workdir);
}, 120_000);
afterAll(async () => {
  if (cwd) process.chdir(cwd);
  await running?.close();
  for (const dir of [outdir, workdir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

function failure(program: { page: string; line: number }, result: SnippetRunResult): string | undefined {
  if (result.ok) return undefined;
  const where = `${program.page}:${result.reached ?? program.line}`;
  return `${where}: ${result.error?.stack ?? result.error?.message}\n--- output ---\n${result.output}`;
}

it.each(programs.map((p) => [p.name, p] as const))("%s runs as written against the demo router", async (_name, program) => {
  running.router.reset();
  const env = { ...baseEnv, ...pageEnvironment(texts.get(program.page)!, running.url) };
  const ticker = setInterval(() => running.router.clock.advance(ROUTER_MS_PER_TICK), TICK_MS);
  const result = await runProgram(program, { env }).finally(() => clearInterval(ticker));
  expect(failure(program, result)).toBeUndefined();
  running.router.conformance.assertClean();
}, 30_000);
