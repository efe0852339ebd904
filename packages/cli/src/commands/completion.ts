import { EXIT, UsageError } from "../exit";
import { GLOBAL_OPTIONS } from "../program";
import { COMMANDS, GROUPS } from "../registry";
import type { Command } from "../command";

const SHELLS = ["bash", "zsh", "fish"] as const;

function flagsOf(command: Command): string[] {
  return Object.keys({ ...GLOBAL_OPTIONS, ...command.options }).map((name) => `--${name}`).concat("--help");
}

// The command tree as words: top level, then each group's subcommands, then each command's flags.
function tree() {
  const top = [...GROUPS, "help"];
  const subs = GROUPS.map((group) => [group, COMMANDS.filter((c) => c.words[0] === group && c.words.length > 1).map((c) => c.words[1]!)] as const);
  const flags = COMMANDS.map((c) => [c.words.join(" "), flagsOf(c)] as const);
  return { top, subs, flags };
}

/** The bash completion script: commands, subcommands and each command's flags. */
export function bashCompletion(): string {
  const { top, subs, flags } = tree();
  const subCases = subs.filter(([, s]) => s.length > 0).map(([g, s]) => `      ${g}) words="${s.join(" ")}" ;;`);
  const flagCases = flags.map(([name, f]) => `      "${name}") words="${f.join(" ")}" ;;`);
  return `# xeroctl completion for bash: source <(xeroctl completion bash)
_xeroctl() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" group="\${COMP_WORDS[1]}" sub="\${COMP_WORDS[2]}" words=""
  if [[ "$cur" == -* ]]; then
    [[ -z "$sub" || "$sub" == -* || $COMP_CWORD -le 2 ]] && sub=""
    case "$group $sub" in
${flagCases.join("\n")}
      *) case "$group" in
${flags.filter(([n]) => !n.includes(" ")).map(([n, f]) => `        ${n}) words="${f.join(" ")}" ;;`).join("\n")}
        esac ;;
    esac
  elif [[ $COMP_CWORD -eq 1 ]]; then
    words="${top.join(" ")}"
  elif [[ $COMP_CWORD -eq 2 ]]; then
    case "$group" in
${subCases.join("\n")}
      help) words="${GROUPS.join(" ")}" ;;
    esac
  fi
  COMPREPLY=( $(compgen -W "$words" -- "$cur") )
}
complete -F _xeroctl xeroctl
`;
}

/** The zsh completion script (zsh's bash-completion layer running the bash function). */
export function zshCompletion(): string {
  return `# xeroctl completion for zsh: source <(xeroctl completion zsh)
autoload -U +X compinit && compinit
autoload -U +X bashcompinit && bashcompinit
${bashCompletion().split("\n").slice(1).join("\n")}`;
}

/** The fish completion script. */
export function fishCompletion(): string {
  const { top, subs } = tree();
  const lines = ["# xeroctl completion for fish: xeroctl completion fish | source", `complete -c xeroctl -f -n "__fish_use_subcommand" -a "${top.join(" ")}"`];
  for (const [group, names] of subs) {
    if (names.length > 0) lines.push(`complete -c xeroctl -f -n "__fish_seen_subcommand_from ${group}; and not __fish_seen_subcommand_from ${names.join(" ")}" -a "${names.join(" ")}"`);
  }
  for (const command of COMMANDS) {
    const condition = command.words.map((w) => `__fish_seen_subcommand_from ${w}`).join("; and ");
    for (const [name, spec] of Object.entries(command.options ?? {})) {
      lines.push(`complete -c xeroctl -n "${condition}" -l ${name}${spec.type === "string" ? " -r" : ""}`);
    }
  }
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS)) lines.push(`complete -c xeroctl -l ${name}${spec.short ? ` -s ${spec.short}` : ""}${spec.type === "string" ? " -r" : ""}`);
  return `${lines.join("\n")}\n`;
}

/** `xeroctl completion bash|zsh|fish`. */
export const completion: Command = {
  words: ["completion"],
  usage: "completion bash|zsh|fish",
  summary: "Print a shell completion script for commands, subcommands and flags.",
  examples: ["xeroctl completion bash > ~/.local/share/bash-completion/completions/xeroctl", "xeroctl completion zsh > \"${fpath[1]}/_xeroctl\"", "xeroctl completion fish | source"],
  positionals: ["shell"],
  async run(ctx) {
    const shell = ctx.args[0]!;
    if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`unknown shell '${shell}'; choose bash, zsh or fish`, "completion");
    ctx.io.stdout(shell === "bash" ? bashCompletion() : shell === "zsh" ? zshCompletion() : fishCompletion());
    return EXIT.ok;
  },
};
