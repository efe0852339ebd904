// Every concrete `xeroctl` line of the READMEs and docs/ runs as written against the demo router,
// in page order, with the environment the page states (its config file kept from line to line,
// the router fresh from the seed for each): it exits 0, and an empty listing ("No invocations
// match.") fails, so a wrong id or workspace in a doc fails here. In process (`run(argv, io)` with
// the router's fetch); router time passes 200 times faster while a line runs. A line is a template,
// left out, when it holds a placeholder (`<agent-id>`, `$VAR`, `…`) or reads its input from another
// program than `echo` (`pass show … | xeroctl …`), or sits in a ```sh no-run block (a line that
// needs what the demo router cannot stand in for). What an operator does meanwhile (start the XEM
// with the new join key, restart it with new credentials, answer yes to the confirmation a line asks
// on the terminal) the test does for the lines that wait on it. Each page runs in a directory of
// its own, so a line that writes a relative path (`--record ./fixtures/prod`) finds it new.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "@xerotier/cli";
import { createRouter, DEMO, type Router } from "@xerotier/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { pages, shellLines, xeroctlInvocations } from "../docs/tools/check-xeroctl-lines";
import { pageEnvironment } from "../scripts/run-snippets.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const LINE_LIMIT_MS = 30_000;
// A command that follows a stream until stopped: stopped after this long, it must end with 130.
const FOLLOWERS = [["approvals", "watch"]];
const FOLLOW_MS = 500;
// Router time per 10 ms of real time while a line runs: a drain or a snapshot that runs minutes of
// router time ends in about a second.
const ROUTER_MS_PER_TICK = 2_000;
const EMPTY_LISTING = /^(No [\w ]+ (match|enrolled|published)\.|No join keys\.|No agents are bound to \S+\.|No tools are served in \S+\.)$/m;

interface Step {
  line: number;
  argv: string[];
  input?: string;
}

/** The concrete xeroctl invocations of a page, in order; templates left out. */
function steps(text: string, home: string): Step[] {
  const found: Step[] = [];
  for (const { line, text: shell, run: runnable } of shellLines(text)) {
    if (!runnable) continue; // a ```sh no-run block: what the demo router cannot stand in for
    const code = shell.replace(/(^|\s)#.*$/, "");
    const piped = /(?:^|&&|;)\s*([^|&;]*?)\s*\|\s*(?:pnpm -s |npx )?xeroctl\b/.exec(code);
    if (piped && !/^echo\s/.test(piped[1]!)) continue; // input from another program
    const input = piped ? `${piped[1]!.replace(/^echo\s+/, "").replace(/^(["'])(.*)\1$/, "$2")}\n` : undefined;
    for (const argv of xeroctlInvocations(code)) {
      if (argv.some((a) => /<[^>]*>|\$|…/.test(a))) continue;
      found.push({ line, argv: argv.map((a) => a.replace(/^~(?=\/)/, home)), ...(input !== undefined ? { input } : {}) });
    }
  }
  return found;
}

const texts = new Map(pages().map((page) => [page, readFileSync(join(ROOT, page), "utf8")]));
const withSteps = [...texts].filter(([, text]) => steps(text, "/home").length > 0).map(([page]) => page);

let home: string;
let cwd: string;
// A line that writes a relative path (`--record ./fixtures`, a checkpoint) writes it in its page's
// directory under here, never in the checkout.
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "docs-xeroctl-"));
  cwd = process.cwd();
});
afterAll(() => {
  process.chdir(cwd);
  rmSync(home, { recursive: true, force: true });
});

/**
 * What the world outside does while a line waits on it, as the page's reader would: a XEM enrols
 * with the join key just printed; the XEM restarts with new tool credentials once the baseline
 * manifest was read. Called every 10 ms while the line runs; true once it has acted.
 */
function operator(step: Step, router: Router, out: { stdout: string }, requests: string[]): () => boolean {
  const [group, sub, target] = step.argv;
  if (group === "agents" && sub === "join-keys" && step.argv.includes("--create") && step.argv.includes("--wait")) {
    return () => {
      const key = /^(jk_live_\S+)$/m.exec(out.stdout)?.[1];
      if (key) router.world.enrollAgent({ joinKey: key, registrationName: "xem-from-the-docs" });
      return key !== undefined;
    };
  }
  if (group === "agents" && sub === "wait-manifest" && target) {
    return () => {
      if (!requests.some((r) => r === `GET /${DEMO.project}/v1/management/agents/${target}`)) return false;
      const { tools } = router.world.agents.get(target).manifest;
      router.agents.restart(target, { tools: tools.filter((t) => t.name !== DEMO.tools.failing), downtimeMs: 2_000 });
      return true;
    };
  }
  return () => true;
}

async function runStep(router: Router, step: Step, env: Record<string, string>, requests: string[]) {
  const out = { stdout: "", stderr: "" };
  const controller = new AbortController();
  const follower = FOLLOWERS.some((words) => words.every((w, i) => step.argv[i] === w));
  const stop = setTimeout(() => controller.abort(), follower ? FOLLOW_MS : LINE_LIMIT_MS);
  const act = operator(step, router, out, requests);
  let acted = false;
  const ticker = setInterval(() => {
    acted ||= act();
    router.clock.advance(ROUTER_MS_PER_TICK);
  }, 10);
  try {
    const code = await run(step.argv, {
      stdout: (s) => void (out.stdout += s),
      stderr: (s) => void (out.stderr += s),
      env,
      fetch: (input, init) => router.fetch(new Request(input, init)),
      readStdin: async () => step.input ?? "",
      confirm: async () => true, // the reader confirms what the line asks (`doctor --write`)
      now: () => router.clock.now(),
      signal: controller.signal,
    });
    return { code, ...out, follower, stopped: controller.signal.aborted };
  } finally {
    clearTimeout(stop);
    clearInterval(ticker);
  }
}

it.each(withSteps)("the xeroctl lines of %s run as written against the demo router", async (page) => {
  const requests: string[] = [];
  const router = createRouter({ seed: "demo", clock: "manual", rateLimit: false, onRequest: (e) => void requests.push(`${e.method} ${e.path}`) });
  const pageHome = mkdtempSync(join(home, "page-"));
  process.chdir(pageHome);
  const env = { HOME: pageHome, XDG_CONFIG_HOME: join(pageHome, ".config"), ...pageEnvironment(texts.get(page)!, "http://127.0.0.1:4010") };
  const failures: string[] = [];
  for (const step of steps(texts.get(page)!, pageHome)) {
    router.reset();
    requests.length = 0;
    const r = await runStep(router, step, env, requests);
    const where = `${page}:${step.line}: xeroctl ${step.argv.join(" ")}`;
    if (r.stopped && !r.follower) failures.push(`${where}: did not finish within ${LINE_LIMIT_MS} ms`);
    else if (r.follower ? r.code !== 130 || r.stderr !== "" : r.code !== 0) failures.push(`${where}: exit ${r.code}\n${r.stderr}`);
    else if (EMPTY_LISTING.test(r.stderr)) failures.push(`${where}: printed nothing: ${r.stderr.trim()}`);
    router.conformance.assertClean();
  }
  expect(failures).toEqual([]);
}, 120_000);
