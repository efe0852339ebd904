import type { Command } from "./command";
import { agentsCurveRotate, agentsJoinKeys, agentsList, agentsPauseExec, agentsResumeExec, agentsShow } from "./commands/agents";
import { approvalsApprove, approvalsList, approvalsReject, approvalsShow, approvalsWatch } from "./commands/approvals";
import { agentsWaitManifest } from "./commands/agents-wait-manifest";
import { api } from "./commands/api";
import { completion } from "./commands/completion";
import { doctor } from "./commands/doctor";
import { configAdd, configCurrent, configList, configRemove, configUse } from "./commands/config";
import { execCancel, execList, execRaw, execShow, execWatch } from "./commands/exec";
import { execRun } from "./commands/exec-run";
import { status } from "./commands/status";
import { toolsList, toolsShow } from "./commands/tools";
import { version } from "./commands/version";
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

/** The first words of commands, in help order; `status`, `doctor`, `api`, `completion` and `version` are commands of their own. */
export const GROUPS = ["agents", "workspaces", "approvals", "exec", "tools", "status", "doctor", "config", "api", "completion", "version"] as const;

/** What each group is for, in a few words (completion descriptions). */
export const GROUP_SUMMARIES: Readonly<Record<(typeof GROUPS)[number], string>> = {
  agents: "XEM agents: list, show, join keys, pause and resume exec, CURVE and manifest",
  workspaces: "bind agents to a workspace, pause or resume exec in it",
  approvals: "list, show, watch and decide approval requests",
  exec: "run, list, show and follow tool invocations",
  tools: "the tools agents publish and their parameters",
  status: "check that the API is reachable and accepts the API key",
  doctor: "measure the deployment against the spec and record what it sends",
  config: "named contexts: base URL, project and API key",
  api: "call any API operation with the configured auth",
  completion: "print a shell completion script",
  version: "print the version of xeroctl and the SDK",
};

/** Commands of one group, for `xeroctl <group> --help`. */
export function groupCommands(group: string): Command[] {
  return COMMANDS.filter((c) => c.words[0] === group);
}
