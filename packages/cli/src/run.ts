import { createXerotierClient, VERSION, type XerotierClient } from "@xerotier/api";
import { parseCommandLine, scanPositionals, wantsHelp } from "./argv";
import type { CommandContext } from "./command";
import { configPath, loadConfig } from "./config";
import { resolveConnection, type Connection } from "./connection";
import { reportError } from "./errors";
import { EXIT, UsageError, type ExitCode } from "./exit";
import { createPrinter, type OutputFormat } from "./format";
import { commandHelp, groupHelp, topLevelHelp } from "./help";
import type { CliIO } from "./io";
import { route } from "./registry";

/**
 * Runs one `xeroctl` command line and resolves with its exit code; never throws and never calls
 * `process.exit`, so tests and other programs can embed it.
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
  let format: OutputFormat = "table";
  try {
    const help = wantsHelp(argv);
    const positionals = scanPositionals(argv);
    if (positionals[0] === "help") return printHelp(io, positionals.slice(1));
    const routed = route(positionals);
    if (!routed) {
      const text = positionals[0] === undefined ? topLevelHelp() : groupHelp(positionals[0]);
      if (help) {
        io.stdout(text);
        return EXIT.ok;
      }
      io.stderr(text);
      return EXIT.usage;
    }
    if (help) {
      io.stdout(commandHelp(routed.command));
      return EXIT.ok;
    }
    const parsed = parseCommandLine(argv, routed.command, routed.consumed);
    format = parsed.format;
    const path = configPath(io.env);
    const config = await loadConfig(path);
    const signal = io.signal ?? new AbortController().signal;
    let connection: Connection | undefined;
    const str = (name: string) => (typeof parsed.values[name] === "string" ? (parsed.values[name] as string) : undefined);
    const ctx: CommandContext = {
      values: parsed.values,
      args: parsed.args,
      io,
      out: createPrinter(io, parsed.format),
      configPath: path,
      config,
      signal,
      connection: () =>
        (connection ??= resolveConnection({ baseUrl: str("base-url"), project: str("project"), apiKey: str("api-key"), context: str("context") }, io.env, config)),
      client: (options = {}) => makeClient(ctx.connection(), io, options),
    };
    return await routed.command.run(ctx);
  } catch (error) {
    if (io.signal?.aborted) return EXIT.interrupted;
    return reportError(io, error, format);
  }
}

function printHelp(io: CliIO, words: string[]): ExitCode {
  const routed = route(words);
  io.stdout(routed ? commandHelp(routed.command) : words[0] ? groupHelp(words[0]) : topLevelHelp());
  return EXIT.ok;
}

function makeClient(connection: Connection, io: CliIO, options: { maxRetries?: number }): XerotierClient {
  if (!connection.apiKey) throw new UsageError("no API key: pass --api-key, set XEROTIER_API_KEY, or add a context with 'xeroctl config add'");
  if (!connection.project) throw new UsageError("no project: pass --project, set XEROTIER_PROJECT, or use a project-scoped base URL (…/<project>/v1)");
  return createXerotierClient({
    baseUrl: connection.baseUrl,
    project: connection.project,
    apiKey: connection.apiKey,
    userAgent: `xeroctl/${VERSION}`,
    ...(io.fetch ? { fetch: io.fetch } : {}),
    ...options,
  });
}
