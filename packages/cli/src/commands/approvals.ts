import { ApprovalStatusValues, RiskValues } from "@xerotier/api";
import type { ReconnectInfo } from "@xerotier/api";
import { createApprovals, createNotifier, isDecided, isSyntheticEvent, type Approval, type ApprovalEvent, type ApprovalStatus, type Checkpoint, type Risk } from "@xerotier/approvals";
import { fileCheckpoint } from "@xerotier/approvals/node";
import { EXIT } from "../exit";
import { cell, type Printer } from "../format";
import type { Command, CommandContext } from "../command";
import { id, oneOf, optional, required } from "./util";

const STATUSES: readonly ApprovalStatus[] = ApprovalStatusValues;
const RISKS: readonly Risk[] = RiskValues;

const FILTER_FLAGS = [
  "--workspace <wid>   the workspace (required)",
  `--status <s>        ${STATUSES.join(" | ")}`,
  `--risk <r>          ${RISKS.join(" | ")}`,
  "--agent <agent-id>  only approvals routed to this agent",
];
const FILTER_OPTIONS = { workspace: { type: "string" }, status: { type: "string" }, risk: { type: "string" }, agent: { type: "string" } } as const;

function filterOf(ctx: CommandContext, name: string) {
  const status = oneOf(ctx.values, "status", STATUSES, name);
  const risk = oneOf(ctx.values, "risk", RISKS, name);
  const agentId = optional(ctx.values, "agent");
  return {
    workspaceId: required(ctx.values, "workspace", name),
    ...(status ? { status } : {}),
    ...(risk ? { risk } : {}),
    ...(agentId ? { agentId } : {}),
  };
}

/** `xeroctl approvals list --workspace <wid> [--status] [--risk] [--agent]`. */
export const approvalsList: Command = {
  words: ["approvals", "list"],
  usage: "approvals list --workspace <wid> [--status <s>] [--risk <r>] [--agent <agent-id>]",
  summary: "List approvals of a workspace, newest first.",
  flagHelp: FILTER_FLAGS,
  examples: ["xeroctl approvals list --workspace ws_kube_prod --status pending", "xeroctl approvals list --workspace ws_kube_prod -o json"],
  options: FILTER_OPTIONS,
  async run(ctx) {
    const filter = filterOf(ctx, "approvals list"); // a bad flag is reported before a missing key
    const approvals = await createApprovals(ctx.client()).list(filter, { signal: ctx.signal }).toArray();
    if (ctx.out.format === "json") ctx.out.json(approvals);
    else
      ctx.out.table(
        ["id", "status", "risk", "tool", "agent", "invocation", "expires"],
        approvals.map((a) => [a.id, ctx.out.status(a.status), a.risk, a.tool_name, cell(a.agent_id), a.invocation_id, isDecided(a) ? "-" : ctx.out.age(a.expires_at)]),
        "No approvals match.",
      );
    return EXIT.ok;
  },
};

function showApproval(ctx: CommandContext, a: Approval): void {
  if (ctx.out.format === "json") return ctx.out.json(a);
  ctx.out.fields([
    ["ID", a.id],
    ["Status", ctx.out.status(a.status)],
    ["Risk", a.risk],
    ["Workspace", a.workspace_id],
    ["Agent", cell(a.agent_id)],
    ["Invocation", a.invocation_id],
    ["Tool call", `${a.tool_call.name} ${JSON.stringify(a.tool_call.arguments)}`],
    ["Prompt", a.prompt],
    ["Timeout", `${a.timeout_seconds}s (expires ${a.expires_at})`],
    ["Escalations", String(a.escalation_level)],
    ["Created", a.created_at],
    ["Decided", a.decided_at ? `${a.decided_at} by ${cell(a.decided_by)}` : "-"],
    ["Note", cell(a.note)],
  ]);
}

/** `xeroctl approvals show <approval-id>`. */
export const approvalsShow: Command = {
  words: ["approvals", "show"],
  usage: "approvals show <approval-id>",
  summary: "Show one approval: prompt, tool call, risk, timeout and decision.",
  examples: ["xeroctl approvals show de3a0000-0000-4000-8000-000000000001"],
  positionals: ["approval-id"],
  async run(ctx) {
    showApproval(ctx, await createApprovals(ctx.client()).get(id(ctx), { signal: ctx.signal }));
    return EXIT.ok;
  },
};

function decideCommand(decision: "approve" | "reject"): Command {
  return {
    words: ["approvals", decision],
    usage: `approvals ${decision} <approval-id> --note <reason>`,
    summary: `${decision === "approve" ? "Approve" : "Reject"} an approval request; the note is recorded with the decision. Safe to re-run.`,
    flagHelp: ["--note <reason>   why (e.g. a change ticket); required"],
    examples: [`xeroctl approvals ${decision} de3a0000-0000-4000-8000-000000000001 --note CHG-1043`],
    options: { note: { type: "string" } },
    positionals: ["approval-id"],
    async run(ctx) {
      const note = required(ctx.values, "note", `approvals ${decision}`);
      const approvals = createApprovals(ctx.client());
      const approval = decision === "approve" ? await approvals.approve(id(ctx), { note }, { signal: ctx.signal }) : await approvals.reject(id(ctx), { note }, { signal: ctx.signal });
      if (ctx.out.format === "json") ctx.out.json(approval);
      else ctx.out.line(`Approval ${approval.id} is ${approval.status} (by ${cell(approval.decided_by)}).`);
      return EXIT.ok;
    },
  };
}

/** `xeroctl approvals approve <id> --note <reason>`. */
export const approvalsApprove = decideCommand("approve");
/** `xeroctl approvals reject <id> --note <reason>`. */
export const approvalsReject = decideCommand("reject");

/**
 * One event as an SSE frame (`id:`, `event:`, `data:` and a blank line), the format a
 * notifier reading an event stream expects.
 */
export function sseFrame(event: ApprovalEvent): string {
  // A synthetic event (what was pending at the start, a re-list) is no resume point: no `id:` line.
  const id = isSyntheticEvent(event) ? "" : `id: ${event.id}\n`;
  return `${id}event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The stderr line before a reconnect wait: why the stream is down, and when it tries again. */
export function reconnectNote(info: ReconnectInfo): string {
  const status = (info.error as { status?: unknown } | undefined)?.status;
  const reason = typeof status === "number" ? `HTTP ${status}` : info.error instanceof Error ? info.error.message.split("\n")[0] : "the server closed the stream";
  return `disconnected (${reason}); reconnecting in ${(info.delayMs / 1000).toFixed(1)} s (attempt ${info.attempt})…`;
}

/** One event as a line for a person at a terminal: time, type, approval, status, risk, tool, prompt. */
export function humanEventLine(event: ApprovalEvent, out: Pick<Printer, "status">): string {
  const a = (event.data ?? {}) as Partial<Approval>;
  // `created_at` is unix seconds; a server sending RFC 3339 is read too.
  const created: unknown = event.created_at;
  const at = typeof created === "number" ? new Date(created * 1000) : typeof created === "string" ? new Date(created) : undefined;
  const time = at && !Number.isNaN(at.getTime()) ? at.toISOString().slice(11, 19) : "--:--:--";
  const prompt = typeof a.prompt === "string" ? a.prompt.replace(/\s+/g, " ").slice(0, 80) : "";
  return [time, event.type, cell(a.id), out.status(cell(a.status)), cell(a.risk), cell(a.tool_name), prompt].join("  ").trimEnd();
}

// --resume-from wins over the checkpoint's saved id as the starting point; saves still go to the file.
function checkpointOf(ctx: CommandContext): Checkpoint | undefined {
  const file = optional(ctx.values, "checkpoint");
  const resumeFrom = optional(ctx.values, "resume-from");
  const saved = file === undefined ? undefined : fileCheckpoint(file);
  if (resumeFrom === undefined) return saved;
  return { load: async () => resumeFrom, save: async (eventId) => saved?.save(eventId) };
}

/** `xeroctl approvals watch --workspace <wid>`: runs until Ctrl-C (exit 130). */
export const approvalsWatch: Command = {
  words: ["approvals", "watch"],
  usage: "approvals watch --workspace <wid> [--status <s>] [--risk <r>] [--agent <agent-id>] [--checkpoint <file>] [--resume-from <event-id>] [-o sse|json]",
  summary:
    "Follow approval events: readable lines on a terminal, SSE frames (id:/event:/data:) when piped or with -o sse, one JSON event per line with -o json. " +
    "Prints what is pending first (without a resume point), then follows; says on stderr when it is disconnected and reconnecting. " +
    "Resumes across disconnects without repeating events; with --checkpoint also across restarts. Runs until interrupted (Ctrl-C exits 130).",
  flagHelp: [
    ...FILTER_FLAGS,
    "--checkpoint <file>      save the resume point after each event printed (the library's fileCheckpoint format); resume from it on start",
    "--resume-from <event>    start after this event id (wins over the checkpoint's saved id)",
    "-o sse|json|table        output: frames, JSON lines, or readable lines (default: lines on a terminal, frames in a pipe)",
  ],
  examples: [
    "xeroctl approvals watch --workspace ws_kube_prod",
    "xeroctl approvals watch --workspace ws_kube_prod --checkpoint ~/.xeroctl-approvals.json | my-notifier",
    "xeroctl approvals watch --workspace ws_kube_prod -o json | jq -r .data.prompt",
  ],
  options: { ...FILTER_OPTIONS, checkpoint: { type: "string" }, "resume-from": { type: "string" } },
  formats: ["table", "json", "sse"],
  async run(ctx) {
    const filter = filterOf(ctx, "approvals watch");
    const mode = ctx.out.format === "table" && !ctx.io.isTTY ? "sse" : ctx.out.format;
    const write = (event: ApprovalEvent) =>
      ctx.io.stdout(mode === "json" ? `${JSON.stringify(event)}\n` : mode === "sse" ? sseFrame(event) : `${humanEventLine(event, ctx.out)}\n`);
    const checkpoint = checkpointOf(ctx);
    const notifier = createNotifier({
      approvals: createApprovals(ctx.client()),
      filter: { ...filter, stream: { onReconnect: (info) => ctx.out.note(reconnectNote(info)) } },
      deliver: write,
      ...(checkpoint ? { checkpoint } : {}),
    });
    if (ctx.io.isTTY) ctx.out.note(`Watching approvals in ${filter.workspaceId} (Ctrl-C to stop)…`);
    await notifier.run(ctx.signal);
    return ctx.signal.aborted ? EXIT.interrupted : EXIT.ok;
  },
};
