import { NotFoundError } from "@xerotier/api";
import { checkToolArguments, createExec, isUnsuccessful, toolParameters, type ArgumentProblem, type Exec, type Invocation, type Tool } from "@xerotier/exec";
import { closest } from "../did-you-mean";
import { EXIT, UsageError, type ExitCode } from "../exit";
import { shown } from "../secrets";
import type { Command, CommandContext } from "../command";
import { printOutput } from "./exec";
import { id, optional, positiveInt, required } from "./util";

const NAME = "exec run";

/** `xeroctl exec run <tool> --workspace <ws> [--arg name=value]… [--wait]`. */
export const execRun: Command = {
  words: ["exec", "run"],
  usage: "exec run <tool> --workspace <ws> [--arg <name>=<value>]... [--wait [--max-wait <seconds>]]",
  summary:
    "Start an invocation of a tool in a workspace. The arguments are checked against the tool's parameter schema first, every problem in one message. " +
    "A value is the text you typed when the parameter is a string; otherwise it is read as JSON when it parses (5, true, null, {\"app\":\"web\"}, [1,2]), else as text. " +
    "With --wait, follow it to the end, print its output, and exit 3 unless it completes.",
  flagHelp: [
    "--workspace <ws>        the workspace to run the tool in (required)",
    "--arg <name>=<value>    one argument; repeat for each (see xeroctl tools show <tool>)",
    "--wait                  wait until it finishes, print its stdout and stderr, exit 3 unless it completes",
    "--max-wait <seconds>    how long --wait waits (default 600)",
  ],
  examples: [
    "xeroctl exec run kubectl_get --workspace ws_kube_staging --arg resource=pods --arg namespace=shop --wait",
    "xeroctl exec run kubectl_label --workspace ws_kube_staging --arg resource=node --arg name=node-3 --arg 'labels={\"zone\":\"b\"}'",
  ],
  options: { workspace: { type: "string" }, arg: { type: "string", multiple: true }, wait: { type: "boolean" }, "max-wait": { type: "string" } },
  positionals: ["tool"],
  async run(ctx) {
    // Every usage mistake is reported before anything is read from the configuration or sent.
    const workspaceId = required(ctx.values, "workspace", NAME);
    const pairs = argumentPairs(ctx.values.arg);
    if (!ctx.values.wait && optional(ctx.values, "max-wait") !== undefined) throw new UsageError("--max-wait is only valid with --wait", NAME);
    const maxWaitMs = positiveInt(ctx.values, "max-wait", 600, NAME) * 1000;
    const exec = createExec(ctx.client());
    const tool = await toolNamed(exec, id(ctx), ctx.signal);
    const args = typedArguments(tool, pairs);
    const problems = checkToolArguments(tool, args);
    if (problems.length > 0) throw new UsageError(problemMessage(tool, problems), NAME);
    const invocation = await exec.invoke({ workspaceId, tool: tool.name, arguments: args }, { signal: ctx.signal });
    if (!ctx.values.wait) {
      if (ctx.out.format === "json") ctx.out.json(invocation);
      else reportStarted(ctx, invocation);
      return EXIT.ok;
    }
    if (ctx.out.format !== "json") reportStarted(ctx, invocation);
    return waitAndPrint(ctx, exec, invocation, maxWaitMs);
  },
};

/** The `--arg name=value` flags as raw text by name; a malformed or repeated one is a usage error. */
function argumentPairs(values: unknown): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const flag of Array.isArray(values) ? (values as string[]) : []) {
    const at = flag.indexOf("=");
    if (at <= 0) throw new UsageError(`--arg expects <name>=<value>; got '${shown(flag)}'`, NAME);
    const name = flag.slice(0, at);
    if (pairs.has(name)) throw new UsageError(`--arg ${name} is given twice`, NAME);
    pairs.set(name, flag.slice(at + 1));
  }
  return pairs;
}

/**
 * Values as typed: the text itself for a parameter the schema says is a string, otherwise JSON
 * when it parses (`5`, `true`, `null`, `{"a":1}`), else the text.
 */
function typedArguments(tool: Tool, pairs: ReadonlyMap<string, string>): Record<string, unknown> {
  const types = new Map(toolParameters(tool).map((p) => [p.name, p.types]));
  const args: Record<string, unknown> = {};
  for (const [name, text] of pairs) {
    const only = types.get(name);
    args[name] = only?.length === 1 && only[0] === "string" ? text : json(text);
  }
  return args;
}

function json(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The tool, or a usage error naming the closest tool when there is none by that name. */
async function toolNamed(exec: Exec, name: string, signal: AbortSignal): Promise<Tool> {
  try {
    return await exec.tool(name, { signal });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    const guess = closest(name, (await exec.tools({}, { signal })).map((t) => t.name));
    throw new UsageError(`unknown tool '${shown(name)}'${guess ? `; did you mean '${guess}'?` : ""} (xeroctl tools list)`, NAME);
  }
}

function problemMessage(tool: Tool, problems: readonly ArgumentProblem[]): string {
  const names = toolParameters(tool).map((p) => p.name);
  const lines = problems.map((p) => {
    const guess = p.kind === "unknown" ? closest(p.argument, names) : undefined;
    return `  --arg ${p.argument}: ${p.message}${guess ? `; did you mean ${guess}?` : ""}`;
  });
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [`the arguments of ${tool.name} do not match its parameter schema (${count}):`, ...lines, `Its parameters: xeroctl tools show ${tool.name}`].join("\n");
}

function reportStarted(ctx: CommandContext, invocation: Invocation): void {
  const approvals = invocation.approval_ids ?? [];
  if (invocation.status === "pending_approval" && approvals.length > 0) {
    const approval = approvals.at(-1)!;
    ctx.out.line(`Invocation ${invocation.id} waits for approval ${approval} (${invocation.risk} tool): xeroctl approvals approve ${approval} --note <reason>`);
  } else ctx.out.line(`Invocation ${invocation.id} is ${ctx.out.status(invocation.status)} (${invocation.tool_name} in ${invocation.workspace_id}).`);
}

async function waitAndPrint(ctx: CommandContext, exec: Exec, invocation: Invocation, maxWaitMs: number): Promise<ExitCode> {
  const stop = ctx.progress.waiting(`waiting for ${invocation.id} to finish…`);
  const final = await exec.waitForCompletion(invocation.id, { maxWaitMs, signal: ctx.signal }).finally(stop);
  if (ctx.out.format === "json") ctx.out.json(final);
  else {
    printOutput(ctx, await exec.output(final.id, { signal: ctx.signal }));
    ctx.out.line(`Final status: ${ctx.out.status(final.status)}`);
  }
  return isUnsuccessful(final) ? EXIT.unsuccessful : EXIT.ok;
}
