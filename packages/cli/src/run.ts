import { createXerotierClient, VERSION, type RetryInfo, type XerotierClient, type XerotierClientOptions } from "@xerotier/api";
import type { CommandContext } from "./command";
import { configPath, loadConfig } from "./config";
import { resolveConnection, type Connection } from "./connection";
import { reportError, type ErrorContext } from "./errors";
import { EXIT, UsageError, type ExitCode } from "./exit";
import { createPrinter, type OutputFormat } from "./format";
import type { CliIO } from "./io";
import { parseArgv } from "./program";
import { readProcessStdin } from "./stdin";
import { createProgress, PROGRESS_DELAY_MS, type Progress } from "./progress";

/**
 * Runs one `xeroctl` command line and resolves with its exit code; never throws and never calls
 * `process.exit`, so tests and other programs can embed it. When `io.signal` aborts, every request
 * and wait of the run is aborted, nothing more is printed and it resolves 130 at once.
 *
 * @example
 * ```ts
 * const code = await run(["approvals", "list", "--workspace", "ws_kube_prod"], {
 *   stdout: (s) => process.stdout.write(s),
 *   stderr: (s) => process.stderr.write(s),
 *   env: process.env,
 * });
 * ```
 */
export async function run(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const controller = new AbortController();
  const outer = io.signal;
  const onAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) return EXIT.interrupted;
  outer?.addEventListener("abort", onAbort, { once: true });
  // After Ctrl-C nothing is printed: a late response or error must not reach the terminal.
  const stderr = (text: string) => void (controller.signal.aborted || io.stderr(text));
  const progress = createProgress({ ...io, stderr });
  const live: CliIO = {
    ...io,
    signal: controller.signal,
    // Output replaces a spinner rather than interleaving with it, on either stream.
    stdout: (text) => void (controller.signal.aborted || (progress.clearLine(), io.stdout(text))),
    stderr: (text) => void (controller.signal.aborted || (progress.clearLine(), io.stderr(text))),
  };
  const interrupted = new Promise<ExitCode>((resolve) => controller.signal.addEventListener("abort", () => resolve(EXIT.interrupted), { once: true }));
  try {
    return await Promise.race([execute(argv, live, progress), interrupted]);
  } finally {
    progress.stop();
    outer?.removeEventListener("abort", onAbort);
    controller.abort(); // ends whatever the command left running (a watch, a retry backoff)
  }
}

async function execute(argv: readonly string[], io: CliIO, progress: Progress): Promise<ExitCode> {
  let format: OutputFormat = "table";
  // `pnpm xeroctl` in the SDK's checkout runs the root package's script.
  const errorContext: ErrorContext = { inCheckout: io.env.npm_package_name === "xerotier-sdk" };
  try {
    const parsed = parseArgv(argv);
    if (parsed.kind === "version") return print(io, parsed.text, EXIT.ok);
    if (parsed.kind === "help") return parsed.requested ? print(io, parsed.text, EXIT.ok) : (io.stderr(parsed.text), EXIT.usage);
    const output = typeof parsed.values.output === "string" ? parsed.values.output : "table";
    const allowed = parsed.command.formats ?? ["table", "json"];
    if (!(allowed as readonly string[]).includes(output)) throw new UsageError(`-o must be ${allowed.join(" or ")}; got '${output}'`, parsed.command.words.join(" "));
    format = output as OutputFormat;
    const path = configPath(io.env);
    const config = await loadConfig(path);
    if (parsed.values["api-key-stdin"]) {
      if (parsed.values["api-key"] !== undefined) throw new UsageError("--api-key and --api-key-stdin cannot be combined");
      parsed.values["api-key"] = await keyFromStdin(io);
    }
    const apiKey = str(parsed.values["api-key"]);
    let connection: Connection | undefined;
    const ctx: CommandContext = {
      values: parsed.values,
      args: parsed.args,
      io,
      out: createPrinter(io, format),
      configPath: path,
      config,
      signal: io.signal!,
      progress,
      connection: () => {
        connection ??= resolveConnection(
          { baseUrl: str(parsed.values["base-url"]), project: str(parsed.values.project), apiKey, apiKeySource: parsed.values["api-key-stdin"] ? "--api-key-stdin" : "--api-key", context: str(parsed.values.context) },
          io.env,
          config,
        );
        errorContext.baseUrl = connection.baseUrl;
        errorContext.keySource = connection.apiKeySource;
        return connection;
      },
      client: (options = {}) => makeClient(ctx.connection(), io, progress, options),
    };
    return await parsed.command.run(ctx);
  } catch (error) {
    if (io.signal?.aborted) return EXIT.interrupted;
    progress.stop();
    return reportError(io, error, format, errorContext);
  }
}

function print(io: CliIO, text: string, code: ExitCode): ExitCode {
  io.stdout(text);
  return code;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

async function keyFromStdin(io: CliIO): Promise<string> {
  const text = (await (io.readStdin ?? readProcessStdin)()).trim();
  if (text === "" || text.includes("\n")) throw new UsageError("--api-key-stdin expects exactly one key on standard input");
  return text;
}

function makeClient(connection: Connection, io: CliIO, progress: Progress, options: Pick<XerotierClientOptions, "maxRetries" | "timeoutMs">): XerotierClient {
  if (!connection.apiKey) throw new UsageError("no API key: pass --api-key-stdin, set XEROTIER_API_KEY, or add a context with 'xeroctl config add'");
  if (!connection.project) throw new UsageError("no project: pass --project, set XEROTIER_PROJECT, or use a project-scoped base URL (…/proj_abc123 or …/<project>/v1)");
  const signal = io.signal!;
  const base = io.fetch ?? globalThis.fetch;
  return createXerotierClient({
    baseUrl: connection.baseUrl,
    project: connection.project,
    apiKey: connection.apiKey,
    userAgent: `xeroctl/${VERSION}`,
    // Every request of the run is tied to Ctrl-C, whether or not the SDK call takes a signal.
    fetch: (request: Request) => base(new Request(request, { signal: AbortSignal.any([request.signal, signal]) })),
    onRetry: (info) => announceRetry(progress, info),
    ...options,
  });
}

function announceRetry(progress: Progress, info: RetryInfo): void {
  if (info.delayMs < PROGRESS_DELAY_MS) return;
  const seconds = Math.ceil(info.delayMs / 1000);
  const why = info.error.status === 429 ? "rate limited" : `${info.error.code ?? info.error.name}${info.error.status ? ` (HTTP ${info.error.status})` : ""}`;
  progress.notice(`${why}: retrying in ${seconds}s`);
}
