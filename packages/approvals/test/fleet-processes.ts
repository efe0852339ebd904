// Child processes of the fleet tests: each prints one JSON report per line on stdout; a crash
// (non-zero exit without a signal) becomes a `crash` report with the tail of its stderr.
import { spawn, type ChildProcess } from "node:child_process";

/** What every report line has; each test adds its own types and fields. */
export interface FleetReport {
  pid: number;
  at: number;
  type: string;
  error?: string;
}

/** The children and their reports, in arrival order. */
export interface Fleet<R extends FleetReport> {
  readonly children: ChildProcess[];
  readonly reports: R[];
  /** Starts `script` under tsx in one process (so a signal hits the script itself). */
  spawn(script: string, env: Record<string, string>, cwd?: string): ChildProcess;
  /** Polls `find` every 10 ms until it returns a value; fails after `timeoutMs` with the last reports. */
  until<T>(find: () => T | undefined, what: string, timeoutMs?: number): Promise<T>;
  /** SIGKILLs every child still running (stopped ones too) and forgets them. */
  killAll(): void;
}

/** An empty fleet. */
export function createFleet<R extends FleetReport>(): Fleet<R> {
  const children: ChildProcess[] = [];
  const reports: R[] = [];
  return {
    children,
    reports,
    spawn(script, env, cwd) {
      const child = spawn(process.execPath, ["--import", "tsx", script], { ...(cwd ? { cwd } : {}), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
      let buffered = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        buffered += chunk.toString("utf8");
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) if (line.trim()) reports.push(JSON.parse(line) as R);
      });
      let stderr = "";
      child.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-2000)));
      child.on("exit", (code, signal) => {
        if (code !== 0 && signal === null) reports.push({ pid: child.pid!, at: Date.now(), type: "crash", error: `exit ${String(code)}: ${stderr}` } as R);
      });
      children.push(child);
      return child;
    },
    async until(find, what, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = find();
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; reports: ${JSON.stringify(reports.slice(-10))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    killAll() {
      for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    },
  };
}
