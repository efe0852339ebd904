import { tmpdir } from "node:os";
import { join } from "node:path";
import { run } from "@xerotier/cli";

/** What one `xeroctl` command line printed, and its exit code. */
export interface XeroctlResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one printed `xeroctl …` line through the CLI's own entry, in process. */
export type Xeroctl = (line: string, options?: { expectCode?: number; apiKey?: string; signal?: AbortSignal; onStdout?: (text: string) => void }) => Promise<XeroctlResult>;

/**
 * Splits a command line the way a POSIX shell would for the tour's lines: words, double- or
 * single-quoted strings; anything needing a real shell (pipes, `&&`, `$`) is refused.
 */
export function splitCommandLine(line: string): string[] {
  if (/[|&;$`<>]/.test(line.replace(/"[^"]*"|'[^']*'/g, ""))) throw new Error(`the tour runs plain commands only: ${line}`);
  const words = [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
  if (words[0] !== "xeroctl") throw new Error(`not an xeroctl line: ${line}`);
  return words.slice(1);
}

/**
 * The tour's `xeroctl`: the CLI's `run()` with an environment pointing at the local router (and no
 * config file), output captured. A line whose exit code is not `expectCode` (default 0) fails the tour.
 */
export function createXeroctl(baseUrl: string, project: string, apiKey: string): Xeroctl {
  return async (line, options = {}) => {
    const result: XeroctlResult = { code: 0, stdout: "", stderr: "" };
    result.code = await run(splitCommandLine(line), {
      stdout: (text) => {
        result.stdout += text;
        options.onStdout?.(text);
      },
      stderr: (text) => void (result.stderr += text),
      env: { XEROTIER_BASE_URL: baseUrl, XEROTIER_PROJECT: project, XEROTIER_API_KEY: options.apiKey ?? apiKey, XDG_CONFIG_HOME: join(tmpdir(), "xeroctl-tour-no-config"), NO_COLOR: "1" },
      isTTY: false,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (result.code !== (options.expectCode ?? 0)) throw new Error(`${line} exited ${result.code}: ${result.stderr}`);
    return result;
  };
}
