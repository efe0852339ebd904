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
  /** Whether standard output is a terminal: colors and human-readable streams only then. */
  isTTY?: boolean;
  /** Whether standard error is a terminal: a spinner instead of progress lines only then. */
  stderrIsTTY?: boolean;
  /** Aborted on Ctrl-C: every request and wait stops, the run resolves 130 and prints nothing more. */
  signal?: AbortSignal;
  /** Overrides `fetch` (tests); default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Reads all of standard input (for `--api-key-stdin` and `api --input -`); default the process's stdin. */
  readStdin?: () => Promise<string>;
  /**
   * Asks a yes/no question and resolves with the answer (`doctor --write` confirms this way).
   * Absent when standard input is not a terminal: a command that needs a confirmation then refuses.
   */
  confirm?: (question: string) => Promise<boolean>;
  /** Clock for relative ages ("3m ago"); default `Date.now`. */
  now?: () => number;
}
