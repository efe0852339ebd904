import { parseArgs } from "node:util";
import type { Command, OptionSpec, OptionValues } from "./command";
import { UsageError } from "./exit";
import type { OutputFormat } from "./format";
import { COMMANDS } from "./registry";

/** Flags every command accepts. */
export const GLOBAL_OPTIONS: OptionSpec = {
  "base-url": { type: "string" },
  project: { type: "string" },
  "api-key": { type: "string" },
  context: { type: "string" },
  output: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
};

// Every flag that takes a value, so the pre-scan can skip values when looking for command words.
const STRING_FLAGS: ReadonlySet<string> = new Set(
  [GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options ?? {})].flatMap((options) =>
    Object.entries(options).flatMap(([name, o]) => (o.type === "string" ? [`--${name}`, ...(o.short ? [`-${o.short}`] : [])] : [])),
  ),
);

/**
 * The positionals of a command line before the command is known: skips flags and the values
 * of flags that take one (`--workspace ws_1`), honours `--`.
 *
 * @example
 * ```ts
 * scanPositionals(["-o", "json", "approvals", "show", "ap_1"]); // ["approvals", "show", "ap_1"]
 * ```
 */
export function scanPositionals(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") return [...out, ...argv.slice(i + 1)];
    if (token.startsWith("-") && token !== "-") {
      if (!token.includes("=") && STRING_FLAGS.has(token)) i++;
      continue;
    }
    out.push(token);
  }
  return out;
}

/** Whether `--help` / `-h` appears before any `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end < 0 ? argv : argv.slice(0, end)).some((t) => t === "--help" || t === "-h");
}

/** A command line parsed against one command's flags. */
export interface ParsedCommandLine {
  /** Flag values. */
  values: OptionValues;
  /** The command's own positionals (after its words). */
  args: string[];
  /** `-o` / `--output`. */
  format: OutputFormat;
}

/**
 * Parses `argv` strictly for `command` (unknown flags, missing flag values, missing or extra
 * positionals are usage errors).
 */
export function parseCommandLine(argv: readonly string[], command: Command, consumed: number): ParsedCommandLine {
  const name = command.words.join(" ");
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: { ...GLOBAL_OPTIONS, ...command.options }, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]!.replace(/\.? To specify a positional.*$/, "") : String(error);
    throw new UsageError(message, name);
  }
  const args = parsed.positionals.slice(consumed);
  const names = command.positionals ?? [];
  const min = names.length - (command.optional ?? 0);
  if (args.length < min) throw new UsageError(`missing <${names[args.length]}>`, name);
  if (args.length > names.length) throw new UsageError(`unexpected argument '${args[names.length]}'`, name);
  const output = parsed.values.output ?? "table";
  if (output !== "table" && output !== "json") throw new UsageError(`-o must be table or json; got '${String(output)}'`, name);
  return { values: parsed.values, args, format: output };
}
