/** Exit codes of `xeroctl`, as `xeroctl --help` lists them. */
export const EXIT = {
  /** The command did what it was asked. */
  ok: 0,
  /** The API (or the network to it) answered with an error. */
  apiError: 1,
  /** Bad flags, missing arguments, unknown context or bad configuration. */
  usage: 2,
  /** `exec watch --exit-status`, `exec run --wait`: the invocation ended failed, timeout, cancelled or rejected. */
  unsuccessful: 3,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

/** An exit code of `xeroctl`. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * A mistake on the command line or in the configuration: printed as one line plus a pointer
 * to `--help`, and exits with code 2.
 *
 * @example
 * ```ts
 * throw new UsageError("--workspace is required", "approvals list");
 * ```
 */
export class UsageError extends Error {
  /** The command whose `--help` to point at, e.g. `approvals list`. */
  readonly command: string | undefined;

  /** Creates a usage error for `command` (omit for top-level mistakes). */
  constructor(message: string, command?: string) {
    super(message);
    this.name = "UsageError";
    this.command = command;
  }
}
