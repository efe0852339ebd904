/**
 * `@xerotier/cli`: the `xeroctl` command, as a library. `run(argv, io)` executes one command line
 * and resolves with its exit code; the pieces it is built from (the config
 * file, connection resolution, table rendering) are exported for tests and embedding.
 *
 * @example
 * ```ts
 * import { run } from "@xerotier/cli";
 * const code = await run(["agents"], { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), env: process.env });
 * ```
 *
 * @packageDocumentation
 */
export { run } from "./run";
export type { CliIO } from "./io";
export { EXIT, UsageError, type ExitCode } from "./exit";
export { parseConfig, serializeConfig, ConfigSyntaxError, type ConfigFile, type Deployment } from "./toml";
export { configPath, loadConfig, saveConfig } from "./config";
export { resolveConnection, type Connection, type ConnectionFlags } from "./connection";
export { parseArgv, GLOBAL_OPTIONS, type ParsedArgv } from "./program";
export { COMMANDS, GROUPS, groupCommands } from "./registry";
export { looksLikeSecret } from "./secrets";
export { closest } from "./did-you-mean";
export { createPrinter, renderTable, relativeAge, type OutputFormat, type Printer } from "./format";
export { humanEventLine } from "./commands/approvals";
export { bashCompletion, zshCompletion, fishCompletion } from "./commands/completion";
export type { Command, CommandContext, OptionDefinition, OptionSpec, OptionValues } from "./command";
export { createProgress, type Progress } from "./progress";
