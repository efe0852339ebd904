import type { Command } from "./command";
import { agentsCurveRotate, agentsJoinKeys, agentsList, agentsPauseExec, agentsResumeExec, agentsShow } from "./commands/agents";
import { approvalsApprove, approvalsList, approvalsReject, approvalsShow, approvalsWatch } from "./commands/approvals";
import { agentsWaitManifest } from "./commands/agents-wait-manifest";
import { api } from "./commands/api";
import { completion } from "./commands/completion";
import { doctor } from "./commands/doctor";
import { configAdd, configCurrent, configList, configRemove, configUse } from "./commands/config";
import { execCancel, execList, execRaw, execShow, execWatch } from "./commands/exec";
import { status } from "./commands/status";
import { workspacesBind, workspacesPauseExec, workspacesResumeExec } from "./commands/workspaces";

/** Every command, in the order `xeroctl --help` lists them. */
export const COMMANDS: readonly Command[] = [
  agentsList,
  agentsShow,
  agentsJoinKeys,
  agentsPauseExec,
  agentsResumeExec,
  agentsCurveRotate,
  agentsWaitManifest,
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
  doctor,
  configAdd,
  configUse,
  configList,
  configCurrent,
  configRemove,
  api,
  completion,
];

/** The first words of commands, in help order; `status` is a command of its own. */
export const GROUPS = ["agents", "workspaces", "approvals", "exec", "status", "doctor", "config", "api", "completion"] as const;

/** Commands of one group, for `xeroctl <group> --help`. */
export function groupCommands(group: string): Command[] {
  return COMMANDS.filter((c) => c.words[0] === group);
}
