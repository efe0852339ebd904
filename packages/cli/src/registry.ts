import type { Command } from "./command";
import { agentsCurveRotate, agentsJoinKeys, agentsList, agentsPauseExec, agentsResumeExec, agentsShow } from "./commands/agents";
import { approvalsApprove, approvalsList, approvalsReject, approvalsShow, approvalsWatch } from "./commands/approvals";
import { agentsWaitManifest } from "./commands/agents-wait-manifest";
import { api } from "./commands/api";
import { completionCommand } from "./commands/completion";
import { doctor } from "./commands/doctor";
import { configAdd, configCurrent, configList, configRemove, configUse } from "./commands/config";
import { execCancel, execList, execRaw, execShow, execWatch } from "./commands/exec";
import { execRun } from "./commands/exec-run";
import { status } from "./commands/status";
import { toolsList, toolsShow } from "./commands/tools";
import { version } from "./commands/version";
import { workspacesBind, workspacesPauseExec, workspacesResumeExec } from "./commands/workspaces";

export { GROUP_SUMMARIES, GROUPS } from "./groups";
// The completion script lists every command, so it is handed the registry rather than importing it.
const completion = completionCommand(() => COMMANDS);

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
  execRun,
  execShow,
  execRaw,
  execList,
  execWatch,
  execCancel,
  toolsList,
  toolsShow,
  status,
  doctor,
  configAdd,
  configUse,
  configList,
  configCurrent,
  configRemove,
  api,
  completion,
  version,
];

/** Commands of one group, for `xeroctl <group> --help`. */
export function groupCommands(group: string): Command[] {
  return COMMANDS.filter((c) => c.words[0] === group);
}
