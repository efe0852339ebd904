import { Command as Commander, Option, type CommanderError } from "commander";
import type { Command, OptionSpec, OptionValues } from "./command";
import { closest } from "./did-you-mean";
import { GLOBAL_OPTIONS } from "./global-options";
import { UsageError } from "./exit";
import { commandHelp, groupHelp, topLevelHelp } from "./help";
import { COMMANDS, GROUPS, groupCommands } from "./registry";
import { shown } from "./secrets";
import { versionText } from "./version";

/** What a command line asks for: run a command, print help, or print the version. */
export type ParsedArgv =
  | { kind: "run"; command: Command; args: string[]; values: OptionValues }
  | { kind: "help"; text: string; requested: boolean }
  | { kind: "version"; text: string };

// Thrown out of commander's exit hook to carry help or version text past its parse.
class Printed extends Error {
  constructor(readonly result: ParsedArgv) {
    super("printed");
  }
}

/**
 * Parses a command line against the command tree (built with commander from the registry):
 * typos get a "did you mean", usage mistakes become {@link UsageError}s in our words (never
 * echoing a word that looks like a key).
 *
 * @example
 * ```ts
 * parseArgv(["approvals", "list", "--workspace", "ws_1"]); // { kind: "run", command: approvalsList, … }
 * ```
 */
export function parseArgv(argv: readonly string[]): ParsedArgv {
  const positionals = scanPositionals(argv);
  if (positionals[0]?.value === "help") return helpFor(positionals.slice(1).map((p) => p.value));
  let selected: ParsedArgv | undefined;
  const program = buildProgram((result) => (selected = result));
  try {
    program.parse(expandAgents(argv, positionals), { from: "user" });
  } catch (error) {
    if (error instanceof Printed) return error.result;
    throw error;
  }
  if (!selected) throw new UsageError("no command given");
  return selected;
}

function buildProgram(select: (result: ParsedArgv) => void): Commander {
  const program = node(new Commander("xeroctl"), "", topLevelHelp);
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) program.addOption(toOption(name, spec));
  program.version(versionText(), "-v, --version");
  for (const group of GROUPS) {
    const commands = groupCommands(group);
    if (commands.length === 1 && commands[0]!.words.length === 1) {
      program.addCommand(leaf(commands[0]!, select));
      continue;
    }
    const parent = node(new Commander(group), group, () => groupHelp(group));
    for (const command of commands) parent.addCommand(leaf(command, select));
    program.addCommand(parent);
  }
  return program;
}

function leaf(command: Command, select: (result: ParsedArgv) => void): Commander {
  const name = command.words.join(" ");
  const cmd = node(new Commander(command.words.at(-1)!), name, () => commandHelp(command));
  for (const [flag, spec] of Object.entries(command.options ?? {})) cmd.addOption(toOption(flag, spec));
  const names = command.positionals ?? [];
  const firstOptional = names.length - (command.optional ?? 0);
  names.forEach((arg, i) => cmd.argument(i < firstOptional ? `<${arg}>` : `[${arg}]`));
  cmd.action((...params: unknown[]) => {
    const opts = cmd.optsWithGlobals();
    const values: OptionValues = {};
    for (const option of [...cmd.options, ...cmd.parent!.options, ...(cmd.parent?.parent?.options ?? [])]) {
      const long = option.long!.slice(2);
      values[long] ??= opts[option.attributeName()] as OptionValues[string];
    }
    select({ kind: "run", command, args: (params.slice(0, names.length) as Array<string | undefined>).filter((a): a is string => a !== undefined), values });
  });
  return cmd;
}

// One node of the tree: our help text, our exit handling, no commander output of its own.
function node(cmd: Commander, path: string, help: () => string): Commander {
  cmd.helpInformation = help;
  cmd.helpCommand(false);
  cmd.configureOutput({ writeOut: () => {}, writeErr: () => {}, outputError: () => {} });
  cmd.showSuggestionAfterError(true);
  cmd.exitOverride((error) => {
    throw translate(error, cmd, path, help);
  });
  return cmd;
}

function toOption(name: string, spec: OptionSpec[string]): Option {
  const flags = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.type === "string" ? " <value>" : ""}`;
  const option = new Option(flags);
  if (spec.multiple) option.argParser((value: string, previous: string[] | undefined) => [...(previous ?? []), value]);
  return option;
}

// Commander's error codes, told in our own words; a word that looks like a key is never quoted.
function translate(error: CommanderError, cmd: Commander, path: string, help: () => string): Error {
  const suggestion = /\(Did you mean (\S+)\?\)/.exec(error.message)?.[1];
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const hint = suggestion ? `; did you mean '${[path, suggestion].filter(Boolean).join(" ").replace(/ (--\S+)$/, " $1")}'?` : "";
  const where = path || undefined;
  switch (error.code) {
    case "commander.helpDisplayed":
    case "commander.help":
      return new Printed({ kind: "help", text: help(), requested: error.code === "commander.helpDisplayed" });
    case "commander.version":
      return new Printed({ kind: "version", text: versionText() });
    case "commander.unknownCommand":
      return new UsageError(`unknown command '${[path, shown(quoted)].filter(Boolean).join(" ")}'${hint}`, where);
    case "commander.unknownOption":
      return new UsageError(`unknown flag '${shown(quoted.split("=")[0]!)}'${suggestion ? `; did you mean ${suggestion}?` : ""}`, where);
    case "commander.optionMissingArgument":
      return new UsageError(`${quoted.split(" ").find((f) => f.startsWith("--")) ?? "the flag"} needs a value`, where);
    case "commander.missingArgument":
      return new UsageError(`missing <${quoted}>`, where);
    case "commander.excessArguments": {
      const extra = cmd.args[cmd.registeredArguments.length];
      return new UsageError(`unexpected argument '${shown(extra ?? "")}'`, where);
    }
    default:
      return new UsageError(error.message.replace(/^error: /, ""), where);
  }
}

// `xeroctl help <words…>`: the help of what the words name, or a usage error with a suggestion.
function helpFor(words: string[]): ParsedArgv {
  const [group, sub] = words;
  if (group === undefined) return { kind: "help", text: topLevelHelp(), requested: true };
  if (!(GROUPS as readonly string[]).includes(group)) throw unknownWord(group, GROUPS, "");
  const commands = groupCommands(group);
  if (sub === undefined) return { kind: "help", text: commands.length === 1 ? commandHelp(commands[0]!) : groupHelp(group), requested: true };
  const command = commands.find((c) => c.words[1] === sub);
  if (!command) throw unknownWord(sub, commands.map((c) => c.words[1]!), group);
  return { kind: "help", text: commandHelp(command), requested: true };
}

function unknownWord(word: string, candidates: readonly string[], path: string): UsageError {
  const guess = closest(word, candidates);
  const full = (w: string) => [path, w].filter(Boolean).join(" ");
  return new UsageError(`unknown command '${full(shown(word))}'${guess ? `; did you mean '${full(guess)}'?` : ""}`, path || undefined);
}

// `agents` alone is `agents list`, `agents <id>` is `agents show <id>` (the guides' spelling);
// a near-miss of a subcommand (`agents join-key`) is a typo, not an agent id.
function expandAgents(argv: readonly string[], positionals: ReadonlyArray<{ value: string; index: number }>): string[] {
  const out = [...argv];
  const [group, sub] = positionals;
  if (group?.value !== "agents") return out;
  const subs = groupCommands("agents").map((c) => c.words[1]!);
  if (sub === undefined) {
    if (!argv.includes("--help") && !argv.includes("-h")) out.splice(group.index + 1, 0, "list");
    return out;
  }
  if (subs.includes(sub.value)) return out;
  if (closest(sub.value, subs) !== undefined || sub.value.startsWith("-")) throw unknownWord(sub.value, subs, "agents");
  out.splice(sub.index, 0, "show");
  return out;
}

// Every flag that takes a value, so the pre-scan can skip values when looking for command words.
const VALUE_FLAGS: ReadonlySet<string> = new Set(
  [GLOBAL_OPTIONS, ...COMMANDS.map((c) => c.options ?? {})].flatMap((options) =>
    Object.entries(options).flatMap(([name, o]) => (o.type === "string" ? [`--${name}`, ...(o.short ? [`-${o.short}`] : [])] : [])),
  ),
);

/**
 * The positionals of a command line before the command is known, with their indices: skips
 * flags and the values of flags that take one (`--workspace ws_1`), honours `--`.
 *
 * @example
 * ```ts
 * scanPositionals(["-o", "json", "approvals", "show", "ap_1"]).map((p) => p.value); // ["approvals", "show", "ap_1"]
 * ```
 */
export function scanPositionals(argv: readonly string[]): Array<{ value: string; index: number }> {
  const out: Array<{ value: string; index: number }> = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") return [...out, ...argv.slice(i + 1).map((value, j) => ({ value, index: i + 1 + j }))];
    if (token.startsWith("-") && token !== "-") {
      if (!token.includes("=") && VALUE_FLAGS.has(token)) i++;
      continue;
    }
    out.push({ value: token, index: i });
  }
  return out;
}
