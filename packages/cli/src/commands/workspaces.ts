import { createAgents, type WorkspaceExecResult } from "@xerotier/agents";
import { XerotierError } from "@xerotier/api";
import { EXIT } from "../exit";
import type { Command } from "../command";
import { id, required } from "./util";

/** `xeroctl workspaces bind <ws> --agent <agent-id>`. */
export const workspacesBind: Command = {
  words: ["workspaces", "bind"],
  usage: "workspaces bind <ws> --agent <agent-id>",
  summary: "Bind an agent to a workspace so the workspace's tool calls can run on it.",
  flagHelp: ["--agent <agent-id>   the agent to bind (required)"],
  examples: ["xeroctl workspaces bind ws_kube_prod --agent agt_xem_edge_03"],
  options: { agent: { type: "string" } },
  positionals: ["ws"],
  async run(ctx) {
    const agentId = required(ctx.values, "agent", "workspaces bind");
    const binding = await createAgents(ctx.client()).bindWorkspace(id(ctx), agentId);
    if (ctx.out.format === "json") ctx.out.json(binding);
    else ctx.out.line(`Agent ${binding.agent_id} is bound to ${binding.workspace_id} (${binding.id}).`);
    return EXIT.ok;
  },
};

function describeFailure(error: unknown): string {
  // Only an id from a response is the server's; without one (a connection error) it is ours.
  if (error instanceof XerotierError) return `${error.code ?? error.name}: ${error.message}${error.requestId && error.status !== undefined ? ` (request id ${error.requestId})` : ""}`;
  return error instanceof Error ? error.message : String(error);
}

function workspaceCommand(action: "pause" | "resume"): Command {
  const verb = `${action}-exec`;
  return {
    words: ["workspaces", verb],
    usage: `workspaces ${verb} <ws>`,
    summary: `${action === "pause" ? "Pause" : "Resume"} dispatch in a workspace on every agent bound to it (failures are retried once, then reported).`,
    examples: [`xeroctl workspaces ${verb} ws_kube_prod`],
    positionals: ["ws"],
    async run(ctx) {
      const agents = createAgents(ctx.client());
      let result: WorkspaceExecResult = action === "pause" ? await agents.pauseWorkspace(id(ctx)) : await agents.resumeWorkspace(id(ctx));
      if (!result.ok) result = await result.retry();
      if (ctx.out.format === "json") {
        ctx.out.json({
          action: result.action,
          workspace_id: result.workspaceId,
          ok: result.ok,
          results: result.results.map((r) => ({ agent_id: r.agentId, ok: r.ok, ...(r.ok ? {} : { error: describeFailure(r.error) }) })),
        });
      } else {
        ctx.out.table(
          ["agent", "result", "error"],
          result.results.map((r) => [r.agentId, r.ok ? `${action}d` : "failed", r.ok ? "-" : describeFailure(r.error)]),
          `No agents are bound to ${result.workspaceId}.`,
        );
      }
      if (!result.ok) ctx.out.note(`${result.failed.length} of ${result.results.length} agents failed; run the command again to retry them.`);
      return result.ok ? EXIT.ok : EXIT.apiError;
    },
  };
}

/** `xeroctl workspaces pause-exec <ws>`: every bound agent, scoped to the workspace. */
export const workspacesPauseExec = workspaceCommand("pause");
/** `xeroctl workspaces resume-exec <ws>`. */
export const workspacesResumeExec = workspaceCommand("resume");
