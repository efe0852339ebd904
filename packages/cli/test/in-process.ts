import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRouter, DEMO, type Router, type RouterOptions } from "@xerotier/testing";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { run } from "../src/index";

/** What one in-process run of `xeroctl` produced. */
export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** How to run one command line: extra environment (`undefined` unsets), stdin, a terminal, Ctrl-C. */
export interface RunOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  tty?: boolean;
  signal?: AbortSignal;
}

/** A running command: its output so far (for a test to watch) and its outcome. */
export interface Started {
  output: { stdout: string; stderr: string };
  done: Promise<Outcome>;
}

/**
 * `xeroctl` in process, as `run(argv, io)`: the router's `fetch` instead of sockets and its clock
 * for ages, the demo project and admin key in the environment, and a config directory of its own.
 */
export function inProcessCli(router: () => Router, configHome: () => string) {
  const env = (extra: Record<string, string | undefined> = {}) => ({
    XEROTIER_BASE_URL: `http://router.test/${DEMO.project}`,
    XEROTIER_API_KEY: "xero_demo_admin",
    XDG_CONFIG_HOME: configHome(),
    ...extra,
  });
  const start = (argv: string[], options: RunOptions = {}): Started => {
    const output = { stdout: "", stderr: "" };
    const code = run(argv, {
      stdout: (text) => void (output.stdout += text),
      stderr: (text) => void (output.stderr += text),
      env: env(options.env),
      fetch: (input, init) => router().fetch(new Request(input, init)),
      now: () => router().clock.now(), // relative ages ("in 9m") on the router's clock
      readStdin: async () => options.input ?? "",
      ...(options.tty ? { isTTY: true, stderrIsTTY: true } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    return { output, done: code.then((c) => ({ code: c, ...output })) };
  };
  return { env, start, cli: (argv: string[], options?: RunOptions) => start(argv, options).done };
}

/** A fresh directory for the config file; the returned function removes it. */
export async function tempConfigHome(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "xeroctl-home-"));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Polls `check` every 10 ms until it is true; throws after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * For a test file: a fresh in-process demo router before each test (manual clock, no rate limit;
 * `options` override), its conformance checked after each, and a config directory for the file.
 */
export function useInProcessCli(options: RouterOptions = {}) {
  let router: Router | undefined;
  let home: Awaited<ReturnType<typeof tempConfigHome>> | undefined;
  beforeAll(async () => void (home = await tempConfigHome()));
  afterAll(() => home?.remove());
  beforeEach(() => void (router = createRouter({ seed: "demo", clock: "manual", rateLimit: false, ...options })));
  afterEach(() => router?.conformance.assertClean());
  const current = () => {
    if (!router) throw new Error("useInProcessCli(): the router is created before each test");
    return router;
  };
  return { ...inProcessCli(current, () => home!.path), router: current, home: () => home!.path };
}
