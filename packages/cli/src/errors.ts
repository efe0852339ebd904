import { XerotierConfigError, XerotierError } from "@xerotier/api";
import { EXIT, UsageError, type ExitCode } from "./exit";
import type { OutputFormat } from "./format";
import type { CliIO } from "./io";

/**
 * Prints a failure to stderr and returns its exit code: code, message and request id for API
 * errors, plus how long to wait on a 429; a pointer to `--help` for usage errors.
 */
export function reportError(io: CliIO, error: unknown, format: OutputFormat): ExitCode {
  if (error instanceof UsageError) {
    const help = error.command ? `xeroctl ${error.command} --help` : "xeroctl --help";
    io.stderr(`xeroctl: ${error.message}\nRun '${help}' for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof XerotierConfigError) {
    io.stderr(`xeroctl: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof XerotierError) {
    const wait = error.status === 429 && error.retryAfterMs !== undefined ? Math.ceil(error.retryAfterMs / 1000) : undefined;
    if (format === "json") {
      const body = {
        error: {
          status: error.status ?? null,
          code: error.code ?? null,
          message: error.message,
          request_id: error.requestId ?? null,
          ...(wait !== undefined ? { retry_after_seconds: wait } : {}),
        },
      };
      io.stderr(`${JSON.stringify(body)}\n`);
      return EXIT.apiError;
    }
    const code = error.code ?? error.name;
    const status = error.status === undefined ? "" : ` (HTTP ${error.status})`;
    let text = `Error: ${code}${status}: ${error.message}\n`;
    if (error.requestId) text += `Request ID: ${error.requestId}\n`;
    if (error.status === 429) {
      text += wait !== undefined ? `Rate limited: wait ${wait}s before retrying.\n` : "Rate limited: wait before retrying.\n";
    }
    io.stderr(text);
    return EXIT.apiError;
  }
  io.stderr(`xeroctl: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.apiError;
}
