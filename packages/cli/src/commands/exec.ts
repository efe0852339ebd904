import { InvocationStatusValues } from "@xerotier/api";
import { sleep } from "@xerotier/api/internal";
import { createExec, formatTimelineEntry, isUnsuccessful, toApiNames, type Invocation, type InvocationOutputView, type InvocationStatus } from "@xerotier/exec";
import { EXIT } from "../exit";
import { cell } from "../format";
import type { Command, CommandContext } from "../command";
import { id, oneOf, optional, positiveInt } from "./util";

const STATUSES: readonly InvocationStatus[] = InvocationStatusValues;

function summary(ctx: CommandContext, inv: Invocation): void {
  ctx.out.fields([
    ["ID", inv.id],
    ["Tool", `${inv.tool_name} ${JSON.stringify(inv.arguments)}`],
    ["Risk", inv.risk],
    ["Workspace", inv.workspace_id],
    ["Agent", cell(inv.agent_id)],
    ["Status", ctx.out.status(inv.status)],
    ["Exit code", cell(inv.exit_code)],
    ["Duration", inv.duration_ms === null ? "-" : `${inv.duration_ms}ms`],
    // The W3C trace the invocation was created in (servers that record one): find its spans.
    ...(typeof inv.trace_id === "string" && inv.trace_id !== "" ? ([["Trace", inv.trace_id]] as const) : []),
    ...(inv.error ? ([["Error", `${inv.error.code}: ${inv.error.message}`]] as const) : []),
  ]);
}

/** `xeroctl exec show <id> [-o json]`: every transition, every approval, the final status. */
export const execShow: Command = {
  words: ["exec", "show"],
  usage: "exec show <invocation-id>",
  summary: "Show an invocation's lifecycle: every state transition, every approval, the final status. -o json gives the full incident export.",
  examples: ["xeroctl exec show inv_demo_failed", "xeroctl exec show inv_demo_failed -o json > incident.json"],
  positionals: ["invocation-id"],
  async run(ctx) {
    const exec = createExec(ctx.client());
    if (ctx.out.format === "json") {
      ctx.out.json(toApiNames(await exec.exportIncident(id(ctx))));
      return EXIT.ok;
    }
    const [inv, timeline] = await Promise.all([exec.get(id(ctx)), exec.timeline(id(ctx))]);
    summary(ctx, inv);
    ctx.out.line();
    ctx.out.line(ctx.out.bold("Timeline"));
    for (const entry of timeline) ctx.out.line(`  ${formatTimelineEntry(entry)}`);
    ctx.out.line();
    ctx.out.line(`Final status: ${inv.status}`);
    return EXIT.ok;
  },
};

/** `xeroctl exec raw <id>`: stdout, stderr and artifact references. */
export const execRaw: Command = {
  words: ["exec", "raw"],
  usage: "exec raw <invocation-id>",
  summary: "Print an invocation's raw stdout and stderr, and the artifacts it produced.",
  examples: ["xeroctl exec raw inv_demo_completed", "xeroctl exec raw inv_demo_completed -o json"],
  positionals: ["invocation-id"],
  async run(ctx) {
    const output = await createExec(ctx.client()).output(id(ctx));
    if (ctx.out.format === "json") ctx.out.json(toApiNames(output));
    else printOutput(ctx, output);
    return EXIT.ok;
  },
};

/** An invocation's stdout, stderr, exit code and artifacts, for a person (`exec raw`, `exec run --wait`). */
export function printOutput(ctx: CommandContext, output: InvocationOutputView): void {
  const block = (title: string, text: string) => {
    ctx.out.line(ctx.out.bold(`--- ${title} ---`));
    if (text !== "") ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
  };
  block("stdout", output.stdout);
  block("stderr", output.stderr);
  ctx.out.line(`exit code: ${cell(output.exitCode)}${output.truncated ? " (output truncated)" : ""}`);
  if (output.artifacts.length > 0) {
    ctx.out.line();
    ctx.out.table(
      ["artifact", "chat", "name", "type", "bytes"],
      output.artifacts.map((a) => [a.id, a.chat_id, a.name, a.media_type, String(a.size_bytes)]),
      "",
    );
  }
}

/** `xeroctl exec list`. */
export const execList: Command = {
  words: ["exec", "list"],
  usage: "exec list [--workspace <ws>] [--agent <agent-id>] [--status <s>] [--tool <name>] [--limit <n>]",
  summary: "List invocations, newest first.",
  flagHelp: [
    "--workspace <ws>     only this workspace",
    "--agent <agent-id>   only calls dispatched to this agent",
    `--status <s>         ${STATUSES.join(" | ")}`,
    "--tool <name>        only this tool",
    "--limit <n>          at most n invocations (default 50)",
  ],
  examples: ["xeroctl exec list --workspace ws_kube_staging --status failed"],
  options: { workspace: { type: "string" }, agent: { type: "string" }, status: { type: "string" }, tool: { type: "string" }, limit: { type: "string" } },
  async run(ctx) {
    const status = oneOf(ctx.values, "status", STATUSES, "exec list");
    const limit = positiveInt(ctx.values, "limit", 50, "exec list");
    const [workspaceId, agentId, tool] = [optional(ctx.values, "workspace"), optional(ctx.values, "agent"), optional(ctx.values, "tool")];
    const filter = { ...(workspaceId ? { workspaceId } : {}), ...(agentId ? { agentId } : {}), ...(status ? { status } : {}), ...(tool ? { tool } : {}) };
    const rows: Invocation[] = [];
    for await (const inv of createExec(ctx.client()).list(filter)) {
      rows.push(inv);
      if (rows.length >= limit) break;
    }
    if (ctx.out.format === "json") ctx.out.json(rows);
    else
      ctx.out.table(
        ["id", "status", "tool", "risk", "workspace", "agent", "created"],
        rows.map((i) => [i.id, ctx.out.status(i.status), i.tool_name, i.risk, i.workspace_id, cell(i.agent_id), ctx.out.age(i.created_at)]),
        "No invocations match.",
      );
    return EXIT.ok;
  },
};

/** How often `exec watch` re-reads the timeline for new transitions. */
const TIMELINE_POLL_MS = 1000;

/** `xeroctl exec watch <id>`: prints each transition as it happens, then the final status. */
export const execWatch: Command = {
  words: ["exec", "watch"],
  usage: "exec watch <invocation-id> [--exit-status] [--max-wait <seconds>]",
  summary:
    "Follow an invocation: print each transition and approval as it happens, then the final status (Ctrl-C exits 130). " +
    "With --exit-status, exit 3 when it ends failed, timeout, cancelled or rejected. -o json prints only the final invocation.",
  flagHelp: ["--exit-status         exit 3 unless the invocation completes", "--max-wait <seconds>  give up after this long (default 600)"],
  examples: ["xeroctl exec watch inv_demo_running", "xeroctl exec watch inv_demo_running --exit-status && echo done"],
  options: { "max-wait": { type: "string" }, "exit-status": { type: "boolean" } },
  positionals: ["invocation-id"],
  async run(ctx) {
    const maxWaitMs = positiveInt(ctx.values, "max-wait", 600, "exec watch") * 1000;
    const exec = createExec(ctx.client());
    const done = new AbortController();
    const stopWaiting = ctx.progress.waiting(`waiting for ${id(ctx)} to finish…`);
    const timeline = timelinePrinter(ctx, exec, id(ctx));
    const follow = ctx.out.format === "table" ? followTimeline(timeline, AbortSignal.any([ctx.signal, done.signal])) : undefined;
    let final: Invocation;
    try {
      final = await exec.waitForCompletion(id(ctx), { maxWaitMs, signal: ctx.signal });
    } finally {
      done.abort();
      stopWaiting();
      await follow?.catch(() => undefined);
    }
    if (ctx.out.format === "json") ctx.out.json(final);
    else {
      await timeline.printNew();
      ctx.out.line(`Final status: ${final.status}`);
    }
    return ctx.values["exit-status"] && isUnsuccessful(final) ? EXIT.unsuccessful : EXIT.ok;
  },
};

// Timelines are append-only: each call prints what is past the entries already printed.
function timelinePrinter(ctx: CommandContext, exec: ReturnType<typeof createExec>, invocationId: string) {
  let printed = 0;
  return {
    async printNew(): Promise<void> {
      const entries = await exec.timeline(invocationId);
      for (const entry of entries.slice(printed)) ctx.out.line(formatTimelineEntry(entry));
      printed = Math.max(printed, entries.length);
    },
  };
}

async function followTimeline(timeline: ReturnType<typeof timelinePrinter>, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    await timeline.printNew();
    await sleep(TIMELINE_POLL_MS, signal).catch(() => undefined);
  }
}

/** `xeroctl exec cancel <id>`. */
export const execCancel: Command = {
  words: ["exec", "cancel"],
  usage: "exec cancel <invocation-id>",
  summary: "Cancel an unfinished invocation (an already finished one is an error naming its final status).",
  examples: ["xeroctl exec cancel inv_demo_queued"],
  positionals: ["invocation-id"],
  async run(ctx) {
    const inv = await createExec(ctx.client()).cancel(id(ctx));
    if (ctx.out.format === "json") ctx.out.json(inv);
    else ctx.out.line(`Invocation ${inv.id} is ${inv.status}.`);
    return EXIT.ok;
  },
};
