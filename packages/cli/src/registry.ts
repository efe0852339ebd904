import type { Command } from "./command";
import { agentsCurveRotate, agentsJoinKeys, agentsList, agentsPauseExec, agentsResumeExec, agentsShow } from "./commands/agents";
import { approvalsApprove, approvalsList, approvalsReject, approvalsShow, approvalsWatch } from "./commands/approvals";
import { configAdd, configList, configUse } from "./commands/config";
import { execCancel, execList, execRaw, execShow, execWatch } from "./commands/exec";
import { status } from "./commands/status";
import { workspacesBind, workspacesPauseExec, workspacesResumeExec } from "./commands/workspaces";
import { UsageError } from "./exit";

/** Every command, in the order `xeroctl --help` lists them. */
export const COMMANDS: readonly Command[] = [
  agentsList,
  agentsShow,
  agentsJoinKeys,
  agentsPauseExec,
  agentsResumeExec,
  agentsCurveRotate,
  workspacesBind,
  workspacesPauseExec,
  workspacesResumeExec,
  approvalsList,
  approvalsShow,
  approvalsWatch,
  approvalsApprove,
  approvalsReject,
  execShow,
  execRaw,
  execList,
  execWatch,
  execCancel,
  status,
  configAdd,
  configUse,
  configList,
];

const GROUPS = ["agents", "workspaces", "approvals", "exec", "status", "config"] as const;

/** A routed command line: the command and how many leading positionals were its words. */
export interface Route {
  /** The command. */
  command: Command;
  /** Leading positionals that named it (the rest are its arguments). */
  consumed: number;
}

/**
 * Finds the command the leading positionals name. `agents <id>` is `agents show`, and a bare
 * `agents` is `agents list`, as the operator guides write them. Returns `undefined` for a bare
 * group that has no default (`approvals`), so the caller can print the group's help.
 */
export function route(positionals: readonly string[]): Route | undefined {
  const [group, sub] = positionals;
  if (group === undefined) return undefined;
  if (!(GROUPS as readonly string[]).includes(group)) throw new UsageError(`unknown command '${group}'`);
  const find = (words: readonly string[]) => COMMANDS.find((c) => c.words.join(" ") === words.join(" "));
  if (group === "status") return { command: find(["status"])!, consumed: 1 };
  if (group === "agents") {
    if (sub === undefined) return { command: find(["agents", "list"])!, consumed: 1 };
    // `agents show <id>` is accepted too, though the guides write `agents <id>`.
    const named = find(["agents", sub]);
    if (named) return { command: named, consumed: 2 };
    return { command: find(["agents", "show"])!, consumed: 1 };
  }
  if (sub === undefined) return undefined;
  const command = find([group, sub]);
  if (!command) throw new UsageError(`unknown command '${group} ${sub}'`, groupHelpName(group));
  return { command, consumed: 2 };
}

/** Commands of one group, for `xeroctl <group> --help`. */
export function groupCommands(group: string): Command[] {
  return COMMANDS.filter((c) => c.words[0] === group);
}

function groupHelpName(group: string): string | undefined {
  return groupCommands(group).length > 0 ? group : undefined;
}
