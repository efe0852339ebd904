import { APIConnectionError, AuthenticationError, XerotierConfigError, XerotierError, XerotierSdkError } from "@xerotier/api";
import { EXIT, UsageError, type ExitCode } from "./exit";
import type { OutputFormat } from "./format";
import type { CliIO } from "./io";
import { scrubSecrets } from "./secrets";

/** What the run knew about where it connected, for hints in error messages. */
export interface ErrorContext {
  /** The API origin tried. */
  baseUrl?: string | undefined;
  /** Where the API key came from: `--api-key`, `XEROTIER_API_KEY`, `context 'prod'`, … */
  keySource?: string | undefined;
  /** Whether xeroctl runs from the SDK's own checkout (`pnpm xeroctl`), where the router is `pnpm router`. */
  inCheckout?: boolean;
}

/**
 * Prints a failure to stderr and returns its exit code: code, message and the server's request id
 * for API errors, how long to wait on a 429, the key's source on a 401, the URL tried and what to
 * check when the router cannot be reached; a pointer to `--help` for usage errors.
 */
export function reportError(io: CliIO, error: unknown, format: OutputFormat, context: ErrorContext = {}): ExitCode {
  if (error instanceof UsageError) {
    const help = error.command ? `xeroctl ${error.command} --help` : "xeroctl --help";
    io.stderr(`xeroctl: ${scrubSecrets(error.message)}\nRun '${help}' for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof XerotierConfigError) {
    io.stderr(`xeroctl: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof XerotierError) {
    io.stderr(format === "json" ? `${JSON.stringify({ error: errorBody(error, context) })}\n` : describe(error, context));
    return EXIT.apiError;
  }
  io.stderr(`xeroctl: unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.apiError;
}

// Only an id from a response is the server's; a connection error carries at most the id we sent.
function serverRequestId(error: XerotierError): string | undefined {
  return error.status === undefined ? undefined : error.requestId;
}

function retryAfterSeconds(error: XerotierError): number | undefined {
  return error.status === 429 && error.retryAfterMs !== undefined ? Math.ceil(error.retryAfterMs / 1000) : undefined;
}

// The SDK's own reason for a failure it detected; server failures have none.
function reasonOf(error: XerotierError): string | undefined {
  return error instanceof XerotierSdkError ? error.reason : undefined;
}

function hint(error: XerotierError, context: ErrorContext): string | undefined {
  if (error instanceof APIConnectionError) return connectionHint(context);
  if (error instanceof AuthenticationError && context.keySource) return `The API key came from ${context.keySource}.`;
  const reason = reasonOf(error);
  if (reason === "manifest_unchanged") return "Check the credentials mounted on the XEM host, restart its container again, then rerun the wait.";
  if (reason === "manifest_refresh_timeout") return "Check that the XEM container is running and can reach the router; rerun with a longer --max-wait.";
  return undefined;
}

/**
 * What to check when the API cannot be reached. Only a loopback URL can be the local reference
 * router, and it is started as `pnpm router` in the SDK's checkout, `npx xerotier-router` elsewhere.
 */
function connectionHint(context: ErrorContext): string {
  const where = `Could not reach ${context.baseUrl ?? "the API"}`;
  const check = "check --base-url (or XEROTIER_BASE_URL, or the context)";
  if (!isLoopback(context.baseUrl)) return `${where}: ${check} and the network.`;
  const start = context.inCheckout ? "pnpm router" : "npx xerotier-router";
  return `${where}: is the reference router running? Start it with \`${start}\`, or ${check}.`;
}

function isLoopback(url: string | undefined): boolean {
  let host: string;
  try {
    host = new URL(url ?? "").hostname;
  } catch {
    return false;
  }
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

function errorBody(error: XerotierError, context: ErrorContext): Record<string, unknown> {
  const wait = retryAfterSeconds(error);
  const help = hint(error, context);
  return {
    status: error.status ?? null,
    code: error.code ?? null,
    ...(reasonOf(error) !== undefined ? { reason: reasonOf(error) } : {}),
    message: error.message,
    request_id: serverRequestId(error) ?? null,
    ...(wait !== undefined ? { retry_after_seconds: wait } : {}),
    ...(error instanceof APIConnectionError && context.baseUrl ? { base_url: context.baseUrl } : {}),
    ...(error instanceof AuthenticationError && context.keySource ? { api_key_source: context.keySource } : {}),
    ...(help ? { hint: help } : {}),
  };
}

function describe(error: XerotierError, context: ErrorContext): string {
  const code = error.code ?? reasonOf(error) ?? error.name;
  const status = error.status === undefined ? "" : ` (HTTP ${error.status})`;
  let text = `Error: ${code}${status}: ${error.message}\n`;
  const requestId = serverRequestId(error);
  if (requestId) text += `Request ID: ${requestId}\n`;
  if (error.status === 429) {
    const wait = retryAfterSeconds(error);
    text += wait !== undefined ? `Rate limited: wait ${wait}s before retrying.\n` : "Rate limited: wait before retrying.\n";
  }
  const help = hint(error, context);
  return help ? `${text}${help}\n` : text;
}
