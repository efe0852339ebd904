/**
 * Everything `run()` touches outside itself, so tests can drive it in-process and the binary
 * wires it to the real process.
 */
export interface CliIO {
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Environment variables (`XEROTIER_*`, `XDG_CONFIG_HOME`, `HOME`, `NO_COLOR`). */
  env: Record<string, string | undefined>;
  /** Whether standard output is a terminal: aligned, colored tables only then. */
  isTTY?: boolean;
  /** Aborted on Ctrl-C: long-running commands stop and exit 130. */
  signal?: AbortSignal;
  /** Overrides `fetch` (tests); default `globalThis.fetch`. */
  fetch?: typeof fetch;
}
