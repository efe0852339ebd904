import { commandName, type Command } from "./command";
import { GLOBAL_FLAGS } from "./global-options";
import { COMMANDS, groupCommands } from "./registry";

const EXIT_CODES = ["0    success", "1    API error (the error code, message and request id are printed)", "2    usage error", "3    the invocation did not complete (exec watch --exit-status, exec run --wait)", "130  interrupted (Ctrl-C)"];

/** `xeroctl --help`: every command, the globals, configuration and exit codes. */
export function topLevelHelp(): string {
  const lines = [
    "xeroctl: operate Xerotier agents, approvals and executions from the command line.",
    "",
    "Usage: xeroctl <command> [flags]",
    "",
    "Commands:",
    ...COMMANDS.flatMap(listing),
    "",
    "Global flags:",
    ...GLOBAL_FLAGS.map((f) => `  ${f}`),
    "",
    "Configuration:",
    "  Flags win over --context, then XEROTIER_* environment variables, then the current context of",
    "  $XDG_CONFIG_HOME/xeroctl/config.toml (default ~/.config/xeroctl/config.toml), managed with",
    "  'xeroctl config add|use|list'. NO_COLOR disables colors.",
    "",
    "Exit codes:",
    ...EXIT_CODES.map((e) => `  ${e}`),
    "",
    "Examples:",
    "  xeroctl approvals list --workspace ws_kube_prod --status pending",
    "  xeroctl exec show inv_123 -o json",
    "",
    "Run 'xeroctl <command> --help' for a command's flags and examples.",
  ];
  return `${lines.join("\n")}\n`;
}

/** `xeroctl <command> --help`: usage, summary, flags and examples. */
export function commandHelp(command: Command): string {
  const lines = [
    `Usage: xeroctl ${command.usage} [global flags]`,
    "",
    command.summary,
    "",
    ...(command.flagHelp?.length ? ["Flags:", ...command.flagHelp.map((f) => `  ${f}`), ""] : []),
    "Global flags:",
    ...GLOBAL_FLAGS.map((f) => `  ${f}`),
    "",
    "Examples:",
    ...command.examples.map((e) => `  ${e}`),
    "",
    "Exit codes: 0 success, 1 API error, 2 usage error, 3 watched invocation did not complete, 130 interrupted.",
  ];
  return `${lines.join("\n")}\n`;
}

/** `xeroctl <group> --help`: the group's commands. */
export function groupHelp(group: string): string {
  const commands = groupCommands(group);
  const lines = [
    `Usage: xeroctl ${group} <command> [flags]`,
    "",
    "Commands:",
    ...commands.flatMap(listing),
    "",
    "Examples:",
    ...commands.map((c) => `  ${c.examples[0]}`),
    "",
    `Run 'xeroctl ${commandName(commands[0]!)} --help' (or any command) for its flags.`,
  ];
  return `${lines.join("\n")}\n`;
}

// Usage on one line, the summary's first sentence indented below: usages are too long to share a line.
function listing(command: Command): string[] {
  return [`  ${command.usage}`, `      ${command.summary.split(". ")[0]!.replace(/\.$/, "")}`];
}
