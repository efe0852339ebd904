import { execFile, spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rmdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run, type CliIO } from "../src/index";

const BUILT = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
let BIN = BUILT;

/**
 * Builds the binary (bundling the SDK packages; bounded to two minutes), then runs a private copy
 * of it: a workspace-wide `pnpm build` elsewhere cleans dist/ and must not pull it from under the tests.
 * Returns the copy's directory, for the caller to remove.
 */
export async function buildCli(): Promise<string> {
  await withBuildLock(async () => {
    // `pnpm test` sets XEROCTL_BUILT: its build step has just built dist/, so the binary is not built twice.
    if (process.env.XEROCTL_BUILT !== "1") {
      await new Promise<void>((resolve, reject) => {
        execFile("pnpm", ["--filter", "@xerotier/cli", "build"], { cwd: ROOT, timeout: 120_000 }, (error, _stdout, stderr) =>
          error ? reject(new Error(`build failed: ${stderr}`)) : resolve(),
        );
      });
    }
    const dir = await mkdtemp(join(tmpdir(), "xeroctl-bin-"));
    BIN = join(dir, "xeroctl.mjs"); // the bundle is ESM; .mjs keeps it so without a package.json
    await copyFile(BUILT, BIN);
  });
  return dirname(BIN);
}

// Test files run in parallel workers: one build at a time, or one would clean dist/ under another.
async function withBuildLock(build: () => Promise<void>): Promise<void> {
  const lock = fileURLToPath(new URL("../dist-build.lock", import.meta.url));
  const deadline = Date.now() + 240_000;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    await build();
  } finally {
    await rmdir(lock);
  }
}

/** What one run of xeroctl produced. */
export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

// What the binary's entry (src/cli.ts) gives run(): exactly the environment it was started with.
function io(env: Record<string, string | undefined>, output: { stdout: string; stderr: string }, signal: AbortSignal, input?: string): CliIO {
  return {
    stdout: (text) => void (output.stdout += text),
    stderr: (text) => void (output.stderr += text),
    env: { PATH: process.env.PATH, ...env },
    signal,
    readStdin: async () => input ?? "",
  };
}

/**
 * Runs `xeroctl …args` in process (`run(argv, io)`) with exactly `env` (plus PATH), bounded to
 * 15 s (then it is interrupted: code 130); `input` is its stdin.
 */
export async function xeroctl(args: string[], env: Record<string, string | undefined>, input?: string): Promise<Result> {
  const output = { stdout: "", stderr: "" };
  const code = await run(args, io(env, output, AbortSignal.timeout(15_000), input));
  return { code, ...output };
}

/** Starts `xeroctl …args` in process in the background (for `watch`): its output so far, Ctrl-C, its exit code. */
export function startXeroctl(args: string[], env: Record<string, string | undefined>): { output: { stdout: string; stderr: string }; interrupt(): void; exited: Promise<number> } {
  const output = { stdout: "", stderr: "" };
  const controller = new AbortController();
  const exited = run(args, io(env, output, controller.signal));
  return { output, interrupt: () => controller.abort(), exited };
}

/** Runs the built binary (`node xeroctl.mjs …args`, see {@link buildCli}) with exactly `env` (plus PATH), bounded to 15 s. */
export function binary(args: string[], env: Record<string, string | undefined>): Promise<Result> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, timeout: 15_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts the built binary in the background, collecting its output. */
export function spawnBinary(args: string[], env: Record<string, string | undefined>): { child: ChildProcess; output: { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stdout!.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

/** Polls `check` every 25 ms until it is true; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** The `id:` values of SSE frames in `text`. */
export function frameIds(text: string): string[] {
  return [...text.matchAll(/^id: (.+)$/gm)].map((m) => m[1]!);
}
