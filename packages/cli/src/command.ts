import type { XerotierClient, XerotierClientOptions } from "@xerotier/api";
import type { Connection } from "./connection";
import type { ExitCode } from "./exit";
import type { OutputFormat, Printer } from "./format";
import type { CliIO } from "./io";
import type { Progress } from "./progress";
import type { ConfigFile } from "./toml";

/** One flag: takes a value (`string`) or not (`boolean`); `multiple` collects repeats. */
export interface OptionDefinition {
  type: "string" | "boolean";
  short?: string;
  multiple?: boolean;
}

/** Flag definitions by long name (without `--`). */
export type OptionSpec = Readonly<Record<string, OptionDefinition>>;

/** Parsed option values of a command, by long name. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What a command's handler gets. */
export interface CommandContext {
  /** Option values (global and the command's own). */
  values: OptionValues;
  /** Positionals after the command words. */
  args: string[];
  /** The run's I/O. */
  io: CliIO;
  /** Printing helpers in the chosen format. */
  out: Printer;
  /** The resolved connection (may lack key or project; `client()` checks). Resolved on first use. */
  connection(): Connection;
  /** A client for the resolved connection; throws a usage error if the key or project is missing. */
  client(options?: Pick<XerotierClientOptions, "maxRetries" | "timeoutMs">): XerotierClient;
  /** Path of the config file. */
  configPath: string;
  /** The config file as loaded. */
  config: ConfigFile;
  /** Aborted on Ctrl-C. */
  signal: AbortSignal;
  /** Progress on stderr for waits longer than a second (spinner on a terminal, lines otherwise). */
  progress: Progress;
}

/** One `xeroctl` command: its words, flags, help and handler. */
export interface Command {
  /** The command words, e.g. `["approvals", "list"]`. */
  words: readonly string[];
  /** Usage line after `xeroctl `. */
  usage: string;
  /** One-line summary. */
  summary: string;
  /** Flag descriptions, one per line, for `--help`. */
  flagHelp?: readonly string[];
  /** At least one example command line. */
  examples: readonly string[];
  /** The command's own flags (the global ones are added). */
  options?: OptionSpec;
  /** How many positionals it takes: [min, max] with the names for messages. */
  positionals?: readonly string[];
  /** How many of `positionals` are optional (from the end). */
  optional?: number;
  /** Output formats it accepts for `-o`; default table and json. */
  formats?: readonly OutputFormat[];
  /** Runs it; returns the exit code. */
  run(ctx: CommandContext): Promise<ExitCode>;
}

/** The display name of a command, e.g. `approvals list`. */
export function commandName(command: Pick<Command, "words">): string {
  return command.words.join(" ");
}
