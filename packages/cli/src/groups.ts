// The command groups (first words) and what each is for: data for help and completion.
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
