import type { XerotierClient } from "@xerotier/api";
import type { Router } from "@xerotier/testing";
import type { TourPrinter } from "./print";
import type { XeroctlResult } from "./xeroctl";

/** Options of {@link TourContext.command}. */
export interface CommandOptions {
  /** The exit code the step expects (default 0); another one fails the tour. */
  expectCode?: number;
  /** Run with this API key instead of the admin key. */
  apiKey?: string;
  /** Aborts the command (Ctrl-C), for `watch` lines. */
  signal?: AbortSignal;
  /** Sees stdout as it is written (to react to a `watch` line). */
  onStdout?: (text: string) => void;
  /** What to print under the step; default the command's stdout and stderr. */
  show?: (result: XeroctlResult) => string;
}

/**
 * What every guide of the tour gets: a client (for what a chat or the XEM host does), the local
 * router (to play the XEM host), a printer, and `command`, which prints an `xeroctl` step and runs it.
 */
export interface TourContext {
  client: XerotierClient;
  /** A client holding a key without the management and execution scopes, to show a 403. */
  readonlyClient: XerotierClient;
  router: Router;
  print: TourPrinter;
  /** Prints a numbered step with its `$ xeroctl …` line, runs that line through the CLI and prints what it printed. */
  command(title: string, line: string, options?: CommandOptions): Promise<XeroctlResult>;
}

