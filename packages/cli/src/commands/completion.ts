import { EXIT, UsageError } from "../exit";
import { GLOBAL_FLAGS, GLOBAL_OPTIONS } from "../global-options";
import { GROUP_SUMMARIES, GROUPS } from "../groups";
import type { Command, OptionSpec } from "../command";

const SHELLS = ["bash", "zsh", "fish"] as const;

/** A word to complete and what it does; a flag also says its short form and whether it takes a value. */
interface Word {
  name: string;
  description: string;
  short?: string;
  takesValue?: boolean;
}

/** Everything a completion script offers, with descriptions, from the command registry. */
interface Tree {
  /** The first word: each group, and `help`. */
  top: Word[];
  /** Each group's subcommands (empty for a command of its own, e.g. `status`). */
  subs: Array<{ group: string; words: Word[] }>;
  /** Each command's own flags. */
  flags: Array<{ command: string; words: Word[] }>;
  /** The flags every command takes, `--help` included. */
  globals: Word[];
}

// The first sentence of a summary, as `xeroctl --help` lists it.
const firstSentence = (text: string) => text.split(". ")[0]!.replace(/\.$/, "");

// `--name <value>   what it does` (and `-f, --field …`) lines of a help text, by long flag.
function flagDescriptions(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const line of lines) {
    const match = /^(?:-\w, )?--([\w-]+)(?: \S+)?\s{2,}(.+)$/.exec(line.trim());
    if (match) found.set(match[1]!, match[2]!);
  }
  return found;
}

function flagWords(options: OptionSpec, help: readonly string[]): Word[] {
  const described = flagDescriptions(help);
  return Object.entries(options).map(([name, spec]) => ({
    name: `--${name}`,
    description: described.get(name) ?? "",
    ...(spec.short ? { short: spec.short } : {}),
    takesValue: spec.type === "string",
  }));
}

function tree(commands: readonly Command[]): Tree {
  const top = [...GROUPS.map((group) => ({ name: group, description: GROUP_SUMMARIES[group] })), { name: "help", description: "help for a command" }];
  const subs = GROUPS.map((group) => ({
    group,
    words: commands.filter((c) => c.words[0] === group && c.words.length > 1).map((c) => ({ name: c.words[1]!, description: firstSentence(c.summary) })),
  }));
  const flags = commands.map((c) => ({ command: c.words.join(" "), words: flagWords(c.options ?? {}, c.flagHelp ?? []) }));
  const globals = [...flagWords(GLOBAL_OPTIONS, GLOBAL_FLAGS), { name: "--help", description: "show help" }];
  return { top, subs, flags, globals };
}

const names = (words: readonly Word[]) => words.map((w) => w.name).join(" ");

/**
 * The bash completion script: commands, subcommands and each command's flags. Install it with
 * `xeroctl completion bash > ~/.local/share/bash-completion/completions/xeroctl`, or load it in the
 * current shell with `source <(xeroctl completion bash)`.
 */
export function bashCompletion(commands: readonly Command[]): string {
  const { top, subs, flags, globals } = tree(commands);
  const all = (words: readonly Word[]) => names([...globals.slice(0, -1), ...words, globals.at(-1)!]);
  const subCases = subs.filter((s) => s.words.length > 0).map((s) => `      ${s.group}) words="${names(s.words)}" ;;`);
  const flagCases = flags.map((f) => `      "${f.command}") words="${all(f.words)}" ;;`);
  const singleCases = flags.filter((f) => !f.command.includes(" ")).map((f) => `        ${f.command}) words="${all(f.words)}" ;;`);
  return `# xeroctl completion for bash: save it as ~/.local/share/bash-completion/completions/xeroctl,
# or load it now with: source <(xeroctl completion bash)
_xeroctl() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" group="\${COMP_WORDS[1]}" sub="\${COMP_WORDS[2]}" words=""
  if [[ "$cur" == -* ]]; then
    [[ -z "$sub" || "$sub" == -* || $COMP_CWORD -le 2 ]] && sub=""
    case "$group $sub" in
${flagCases.join("\n")}
      *) case "$group" in
${singleCases.join("\n")}
        esac ;;
    esac
  elif [[ $COMP_CWORD -eq 1 ]]; then
    words="${names(top)}"
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

// A zsh single-quoted `name:description` entry for _describe (a colon in the name is escaped).
const zshEntry = (w: Word) => `'${`${w.name.replace(/:/g, "\\:")}:${w.description}`.replace(/'/g, "'\\''")}'`;

/**
 * The zsh completion script, with a description for every word. It starts with `#compdef xeroctl`,
 * so `xeroctl completion zsh > "${fpath[1]}/_xeroctl"` installs it for compinit, and it also
 * registers itself when sourced: `source <(xeroctl completion zsh)`.
 */
export function zshCompletion(commands: readonly Command[]): string {
  const { top, subs, flags, globals } = tree(commands);
  const choices = (indent: string, words: readonly Word[]) => `choices=(\n${words.map((w) => `${indent}  ${zshEntry(w)}`).join("\n")}\n${indent})`;
  const subCases = subs.filter((s) => s.words.length > 0).map((s) => `      ${s.group}) ${choices("      ", s.words)} ;;`);
  const groupWords = GROUPS.map((group) => ({ name: group, description: GROUP_SUMMARIES[group] }));
  const flagCases = flags.filter((f) => f.command.includes(" ") && f.words.length > 0).map((f) => `      "${f.command}") ${choices("      ", f.words)} ;;`);
  const singleCases = flags.filter((f) => !f.command.includes(" ") && f.words.length > 0).map((f) => `          ${f.command}) ${choices("          ", f.words)} ;;`);
  return `#compdef xeroctl
# xeroctl completion for zsh: save it as _xeroctl in a directory of $fpath,
#   xeroctl completion zsh > "\${fpath[1]}/_xeroctl"
# or load it now with: source <(xeroctl completion zsh)

_xeroctl() {
  local -a choices
  local group="\${words[2]}" sub="\${words[3]}"
  if [[ "\${words[CURRENT]}" == -* ]]; then
    if (( CURRENT <= 3 )) || [[ "$sub" == -* ]]; then sub=""; fi
    case "$group $sub" in
${flagCases.join("\n")}
      *) case "$group" in
${singleCases.join("\n")}
        esac ;;
    esac
    choices+=(
${globals.map((w) => `      ${zshEntry(w)}`).join("\n")}
    )
    _describe -t flags 'flag' choices
  elif (( CURRENT == 2 )); then
    ${choices("    ", top)}
    _describe -t commands 'xeroctl command' choices
  elif (( CURRENT == 3 )); then
    case "$group" in
${subCases.join("\n")}
      help) ${choices("      ", groupWords)} ;;
    esac
    (( \${#choices} )) && _describe -t commands "xeroctl $group command" choices
  fi
}

if [[ "\${funcstack[1]}" == _xeroctl ]]; then
  _xeroctl "$@" # autoloaded from $fpath by compinit
else
  (( \${+functions[compdef]} )) || { autoload -U compinit && compinit; }
  compdef _xeroctl xeroctl # sourced
fi
`;
}

// A fish single-quoted string.
const fishQuote = (text: string) => `'${text.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

/**
 * The fish completion script, with a description for every word: `xeroctl completion fish | source`,
 * or save it as `~/.config/fish/completions/xeroctl.fish`.
 */
export function fishCompletion(commands: readonly Command[]): string {
  const { top, subs, flags, globals } = tree(commands);
  const lines = [
    "# xeroctl completion for fish: save it as ~/.config/fish/completions/xeroctl.fish,",
    "# or load it now with: xeroctl completion fish | source",
    "complete -c xeroctl -f",
    ...top.map((w) => `complete -c xeroctl -n __fish_use_subcommand -a ${w.name} -d ${fishQuote(w.description)}`),
  ];
  for (const { group, words } of subs) {
    const chosen = `__fish_seen_subcommand_from ${group}; and not __fish_seen_subcommand_from ${names(words)}`;
    for (const w of words) lines.push(`complete -c xeroctl -n ${fishQuote(chosen)} -a ${w.name} -d ${fishQuote(w.description)}`);
  }
  for (const group of GROUPS) lines.push(`complete -c xeroctl -n ${fishQuote("__fish_seen_subcommand_from help")} -a ${group} -d ${fishQuote(GROUP_SUMMARIES[group])}`);
  for (const { command, words } of flags) {
    const condition = `-n ${fishQuote(command.split(" ").map((w) => `__fish_seen_subcommand_from ${w}`).join("; and "))} `;
    lines.push(...words.map((w) => fishFlag(w, condition)));
  }
  lines.push(...globals.filter((w) => w.name !== "--help").map((w) => fishFlag(w, "")));
  return `${lines.join("\n")}\n`;
}

// One `complete` line for a flag: its short form, whether it takes a value, its description.
function fishFlag(flag: Word, condition: string): string {
  return `complete -c xeroctl ${condition}-l ${flag.name.slice(2)}${flag.short ? ` -s ${flag.short}` : ""}${flag.takesValue ? " -r" : ""} -d ${fishQuote(flag.description)}`;
}

/** `xeroctl completion bash|zsh|fish`, completing `commands()` (the registry, which lists this command too). */
export function completionCommand(commands: () => readonly Command[]): Command {
  return {
    words: ["completion"],
    usage: "completion bash|zsh|fish",
    summary:
      "Print a shell completion script for commands, subcommands and flags (zsh and fish with descriptions). " +
      "Install: bash, save it in ~/.local/share/bash-completion/completions/xeroctl; zsh, as _xeroctl in a directory of $fpath; fish, in ~/.config/fish/completions/xeroctl.fish. Or load it in the current shell (source <(…), or | source in fish).",
    examples: [
      "xeroctl completion bash > ~/.local/share/bash-completion/completions/xeroctl",
      'xeroctl completion zsh > "${fpath[1]}/_xeroctl"',
      "xeroctl completion fish > ~/.config/fish/completions/xeroctl.fish",
      "xeroctl completion fish | source",
    ],
    positionals: ["shell"],
    async run(ctx) {
      const shell = ctx.args[0]!;
      if (!(SHELLS as readonly string[]).includes(shell)) throw new UsageError(`unknown shell '${shell}'; choose bash, zsh or fish`, "completion");
      const script = shell === "bash" ? bashCompletion : shell === "zsh" ? zshCompletion : fishCompletion;
      ctx.io.stdout(script(commands()));
      return EXIT.ok;
    },
  };
}

