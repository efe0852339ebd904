// Approves `read` and `write` approval requests in one named workspace and leaves the rest for
// humans. (Xerotier gates read/write calls only where a workspace policy asks for it.)
//
//   WORKSPACE_ID=ws_kube_staging pnpm exec tsx examples/auto-approver/main.ts
//
// Env: XEROTIER_BASE_URL (default http://127.0.0.1:4010), XEROTIER_API_KEY (xero_demo_admin),
// XEROTIER_PROJECT (proj_demo), WORKSPACE_ID (default ws_kube_staging). Ctrl-C stops it.
import { createXerotierClient } from "@xerotier/api";
import {
  ApprovalAlreadyResolvedError,
  ApprovalExpiredError,
  createApprovals,
  type ApprovalEvent,
  type Approvals,
} from "@xerotier/approvals";
import { pathToFileURL } from "node:url";

/** Options of {@link runAutoApprover}. */
export interface AutoApproverOptions {
  baseUrl: string;
  apiKey: string;
  project: string;
  /** The one workspace whose low-risk requests are approved automatically. */
  workspaceId: string;
  /** Stops the bot. */
  signal?: AbortSignal;
  /** Called after each decision attempt (default: console.log). */
  log?: (line: string) => void;
}

const AUTO_RISKS: ReadonlySet<unknown> = new Set(["read", "write"]);
const KNOWN_RISKS: ReadonlySet<unknown> = new Set(["read", "write", "destructive", "irreversible"]);

/**
 * Approves one approval only on known facts: this workspace, a risk known to be `read` or
 * `write`, status known `pending`. A risk the SDK does not know (say `critical`) or a missing one
 * is never taken as low: it is left for humans, and logged so someone looks.
 */
async function consider(approvals: Approvals, approval: ApprovalEvent["data"], workspaceId: string, log: (line: string) => void): Promise<boolean> {
  if (approval.workspace_id !== workspaceId || approval.status !== "pending") return false;
  if (!KNOWN_RISKS.has(approval.risk)) {
    log(`left for humans ${approval.id}: unknown risk ${JSON.stringify(approval.risk) ?? "(missing)"}`);
    return false;
  }
  if (!AUTO_RISKS.has(approval.risk)) return false;
  try {
    await approvals.approve(approval.id, { note: `auto-approved: ${approval.risk} request in ${workspaceId}` });
    log(`approved ${approval.id} (${approval.risk} ${approval.tool_name})`);
    return true;
  } catch (error) {
    if (error instanceof ApprovalAlreadyResolvedError) log(`skipped ${approval.id}: already ${error.currentStatus} by ${error.decidedBy}`);
    else if (error instanceof ApprovalExpiredError) log(`skipped ${approval.id}: expired`);
    else throw error;
    return false;
  }
}

/** Runs the bot until `signal` aborts; resolves with the ids it approved. */
export async function runAutoApprover(options: AutoApproverOptions): Promise<{ approved: string[] }> {
  const client = createXerotierClient({ baseUrl: options.baseUrl, apiKey: options.apiKey, project: options.project });
  const approvals = createApprovals(client);
  const log = options.log ?? console.log;
  const approved: string[] = [];
  // Open the stream before sweeping what already waits, so requests landing meanwhile are seen by
  // one or the other; one seen by both (the watch lists what is open too) is considered once.
  const handled = new Set<string>();
  const decide = async (approval: ApprovalEvent["data"]): Promise<void> => {
    if (handled.has(approval.id)) return;
    handled.add(approval.id);
    if (handled.size > 10_000) handled.delete(handled.values().next().value!); // bounded: the oldest go
    if (await consider(approvals, approval, options.workspaceId, log)) approved.push(approval.id);
  };
  const watch = approvals.watch({ workspaceId: options.workspaceId, ...(options.signal ? { signal: options.signal } : {}) });
  const events = watch[Symbol.asyncIterator]();
  let next = events.next();
  void next.catch(() => undefined); // rethrown by the await below; avoids an unhandled-rejection warning meanwhile
  for await (const approval of approvals.list({ workspaceId: options.workspaceId, status: "pending" })) await decide(approval);
  for (let result = await next; !result.done; result = await next) {
    next = events.next();
    const event = result.value;
    if (event.type === "exec.approval_requested") await decide(event.data);
  }
  return { approved };
}

/** Entry point: options from the environment, stops on SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => controller.abort());
  const { approved } = await runAutoApprover({
    baseUrl: env.XEROTIER_BASE_URL ?? "http://127.0.0.1:4010",
    apiKey: env.XEROTIER_API_KEY ?? "xero_demo_admin",
    project: env.XEROTIER_PROJECT ?? "proj_demo",
    workspaceId: env.WORKSPACE_ID ?? "ws_kube_staging",
    signal: controller.signal,
  });
  console.log(`stopped after approving ${approved.length} request(s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
