import { createExec, toolParameters, type Tool, type ToolParameter } from "@xerotier/exec";
import { EXIT } from "../exit";
import type { Command, CommandContext } from "../command";
import { id, optional } from "./util";

/** `xeroctl tools list [--workspace <ws>]`. */
export const toolsList: Command = {
  words: ["tools", "list"],
  usage: "tools list [--workspace <ws>]",
  summary: "List the tools agents publish (in one workspace with --workspace): risk, domain, timeout, the agents serving each.",
  flagHelp: ["--workspace <ws>   only tools served by agents bound to this workspace"],
  examples: ["xeroctl tools list", "xeroctl tools list --workspace ws_kube_prod -o json"],
  options: { workspace: { type: "string" } },
  async run(ctx) {
    const workspaceId = optional(ctx.values, "workspace");
    const tools = await createExec(ctx.client()).tools(workspaceId ? { workspaceId } : {}, { signal: ctx.signal });
    if (ctx.out.format === "json") ctx.out.json(tools);
    else
      ctx.out.table(
        ["name", "risk", "domain", "timeout", "agents", "description"],
        tools.map((t) => [t.name, t.risk, t.domain, `${t.timeout_ms}ms`, String(t.agent_ids?.length ?? "-"), t.description]),
        workspaceId ? `No tools are served in ${workspaceId}.` : "No tools published.",
      );
    return EXIT.ok;
  },
};

/** `xeroctl tools show <name>`: the tool and the parameters `exec run` takes. */
export const toolsShow: Command = {
  words: ["tools", "show"],
  usage: "tools show <tool>",
  summary: "Show one tool: risk, domain, timeout, the agents serving it, and its parameters (what exec run --arg takes).",
  examples: ["xeroctl tools show kubectl_get", "xeroctl tools show kubectl_get -o json"],
  positionals: ["tool"],
  async run(ctx) {
    const tool = await createExec(ctx.client()).tool(id(ctx), { signal: ctx.signal });
    if (ctx.out.format === "json") ctx.out.json(tool);
    else showTool(ctx, tool);
    return EXIT.ok;
  },
};

function showTool(ctx: CommandContext, tool: Tool): void {
  ctx.out.fields([
    ["Name", tool.name],
    ["Description", tool.description],
    ["Risk", tool.risk],
    ["Domain", tool.domain],
    ["Timeout", `${tool.timeout_ms}ms`],
    ["Agents", tool.agent_ids?.length ? tool.agent_ids.join(", ") : "-"],
  ]);
  ctx.out.line();
  ctx.out.table(["parameter", "type", "required", "description"], toolParameters(tool).map(parameterRow), "The tool takes no parameters.");
}

function parameterRow(p: ToolParameter): string[] {
  const type = p.enum ? p.enum.map((v) => JSON.stringify(v)).join(" | ") : p.types.join(" | ") || "any";
  return [p.name, type, p.required ? "yes" : "no", p.description ?? ""];
}
