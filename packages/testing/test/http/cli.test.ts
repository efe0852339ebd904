import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const CLI = fileURLToPath(new URL("../../src/cli.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../..", import.meta.url));

/** Runs the CLI from source with tsx; output is collected as it arrives. */
function runCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const output = { stdout: "", stderr: "" };
  child.stdout.on("data", (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output, exited };
}

/** Resolves with the first match of `pattern` in stdout, or rejects after `ms`. */
function waitForOutput(run: ReturnType<typeof runCli>, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in output:\n${run.output.stdout}${run.output.stderr}`)), ms);
    const check = () => {
      const match = run.output.stdout.match(pattern);
      if (!match) return;
      clearTimeout(timer);
      run.child.stdout?.off("data", check);
      resolve(match);
    };
    run.child.stdout?.on("data", check);
    run.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`exited before printing ${pattern}:\n${run.output.stdout}${run.output.stderr}`));
    });
    check();
  });
}

describe("xerotier-router (CLI)", () => {
  const started: ChildProcess[] = [];
  afterEach(() => {
    for (const child of started.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  });

  it("starts on the port asked for, prints the URL and the demo API key, and stops cleanly on SIGTERM", async () => {
    const run = runCli(["--port", "0", "--seed", "demo", "--manual-clock", "--quiet"]);
    started.push(run.child);
    const [, url] = await waitForOutput(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    expect(run.output.stdout).toContain("xero_demo_admin");
    expect(run.output.stdout).toContain("proj_demo");

    const response = await fetch(`${url}/proj_demo/v1/exec/approvals?status=pending`, { headers: { authorization: "Bearer xero_demo_admin" } });
    expect(response.status).toBe(200);
    expect((await response.json()).data.length).toBeGreaterThan(0);
    const advanced = await fetch(`${url}/_router/clock/advance`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ms: 1000 }) });
    expect((await advanced.json()).kind).toBe("manual");

    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("stops cleanly on SIGINT too", async () => {
    const run = runCli(["--port", "0", "--quiet"]);
    started.push(run.child);
    await waitForOutput(run, /listening on/);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
  });

  it("logs each request with its status and request id unless --quiet", async () => {
    const run = runCli(["--port", "0", "--seed", "empty"]);
    started.push(run.child);
    const [, url] = await waitForOutput(run, /listening on (http:\/\/127\.0\.0\.1:\d+)/);
    await fetch(`${url}/healthz`);
    await waitForOutput(run, /GET \/healthz → 200 req_[0-9a-f]{16}/);
    run.child.kill("SIGTERM");
    expect(await run.exited).toBe(0);
  });

  it("rejects a bad option with usage and exit code 2", async () => {
    const run = runCli(["--port", "http"]);
    expect(await run.exited).toBe(2);
    expect(run.output.stderr).toContain("--port must be 0-65535");
    expect(run.output.stderr).toContain("Usage: xerotier-router");
  });
});
