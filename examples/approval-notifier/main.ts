// Posts each new destructive or irreversible approval to a webhook as Slack-compatible JSON,
// resuming after restarts from a checkpoint file, or, with NOTIFIER_POSTGRES_URL, as one of
// several replicas on one PostgreSQL (one leader delivers; a standby takes over within the lease).
//
//   pnpm exec tsx examples/approval-notifier/main.ts
//
// Env: XEROTIER_BASE_URL (default http://127.0.0.1:4010), XEROTIER_API_KEY (xero_demo_admin),
// XEROTIER_PROJECT (proj_demo), SLACK_WEBHOOK_URL (required), CHECKPOINT_FILE
// (.approval-notifier.checkpoint.json), WORKSPACE_ID (optional), NOTIFIER_POSTGRES_URL (optional:
// replicas instead of the checkpoint file), NOTIFIER_LEASE_MS (10000). Ctrl-C stops it cleanly.
import { createXerotierClient } from "@xerotier/api";
import { createApprovals, createNotifier, type ApprovalEvent, type NotifierStats } from "@xerotier/approvals";
import { fileCheckpoint } from "@xerotier/approvals/node";
import { postgresCoordination } from "@xerotier/approvals/postgres";
import { pathToFileURL } from "node:url";

/** Options of {@link runApprovalNotifier}. */
export interface ApprovalNotifierOptions {
  baseUrl: string;
  apiKey: string;
  project: string;
  /** Where to POST the Slack-compatible JSON (an incoming-webhook URL). */
  webhookUrl: string;
  /** File keeping the resume point across restarts (one host). */
  checkpointPath: string;
  /** Run as one replica of a fleet on this PostgreSQL instead of the checkpoint file. */
  postgres?: { connectionString: string; leaseMs?: number };
  /** Only this workspace, if set. */
  workspaceId?: string;
  /** Stops the notifier. */
  signal?: AbortSignal;
  /** Logs a line per delivery failure (default: console.error). */
  log?: (line: string) => void;
}

/** The risks worth waking a human for. */
// Page for everything but the known low risks: an unknown risk (e.g. `critical`) is never "low".
const QUIET_RISKS: ReadonlySet<string> = new Set(["read", "write"]);

/** Slack's incoming-webhook payload: a fallback `text` plus Block Kit `blocks`. */
export function toSlackMessage(event: ApprovalEvent): { text: string; blocks: unknown[] } {
  const a = event.data;
  const text = `:rotating_light: ${a.risk} approval requested: ${a.tool_name} in ${a.workspace_id} (expires ${a.expires_at})`;
  return {
    text,
    blocks: [
      { type: "header", text: { type: "plain_text", text: `${(a.risk ?? "unknown risk").toUpperCase()} approval requested` } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: `*Tool*\n\`${a.tool_name}\`` },
          { type: "mrkdwn", text: `*Workspace*\n${a.workspace_id}` },
          { type: "mrkdwn", text: `*Expires*\n${a.expires_at}` },
          { type: "mrkdwn", text: `*Approval*\n${a.id}` },
        ],
      },
      { type: "section", text: { type: "mrkdwn", text: `*Prompt*\n${a.prompt}` } },
      { type: "section", text: { type: "mrkdwn", text: `*Arguments*\n\`\`\`${JSON.stringify(a.tool_call?.arguments ?? {})}\`\`\`` } },
      { type: "context", elements: [{ type: "mrkdwn", text: `xeroctl approvals approve ${a.id} --note <reason>` }] },
    ],
  };
}

/** Runs the notifier until `signal` aborts; resolves with its counters. */
export async function runApprovalNotifier(options: ApprovalNotifierOptions): Promise<NotifierStats> {
  const client = createXerotierClient({ baseUrl: options.baseUrl, apiKey: options.apiKey, project: options.project });
  const log = options.log ?? console.error;
  // One option moves the notifier from one host to a fleet: replicas share the lease, checkpoint and ledger.
  const coordination = options.postgres ? postgresCoordination({ ...options.postgres, name: "approval-notifier" }) : undefined;
  const notifier = createNotifier({
    approvals: createApprovals(client),
    filter: options.workspaceId ? { workspaceId: options.workspaceId } : {},
    ...(coordination ? { coordination } : { checkpoint: fileCheckpoint(options.checkpointPath) }),
    retry: { maxRetries: 4, baseDelayMs: 500, maxDelayMs: 10_000 },
    // The dead letter: after every attempt failed the notifier moves on; log what a human must redo.
    onDeliveryFailed: (event, error, { deliveryKey }) =>
      log(`could not post ${event.id} (${deliveryKey}): ${error instanceof Error ? error.message : String(error)}`),
    async deliver(event, { signal, deliveryKey }) {
      if (event.type !== "exec.approval_requested" || QUIET_RISKS.has(event.data.risk ?? "")) return;
      // eslint-disable-next-line no-restricted-globals -- the Slack webhook is not the Xerotier API
      const response = await fetch(options.webhookUrl, {
        method: "POST",
        // Stable per approval transition, also when redelivered after a crash: sinks that dedupe use it.
        headers: { "content-type": "application/json", "idempotency-key": deliveryKey },
        body: JSON.stringify(toSlackMessage(event)),
        signal,
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`webhook answered HTTP ${response.status}`);
    },
  });
  try {
    return await notifier.run(options.signal);
  } finally {
    await coordination?.close();
  }
}

/** Entry point: options from the environment, stops on SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const webhookUrl = env.SLACK_WEBHOOK_URL;
  if (!webhookUrl) throw new Error("Set SLACK_WEBHOOK_URL to the incoming-webhook URL to post to.");
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => controller.abort());
  const stats = await runApprovalNotifier({
    baseUrl: env.XEROTIER_BASE_URL ?? "http://127.0.0.1:4010",
    apiKey: env.XEROTIER_API_KEY ?? "xero_demo_admin",
    project: env.XEROTIER_PROJECT ?? "proj_demo",
    webhookUrl,
    checkpointPath: env.CHECKPOINT_FILE ?? ".approval-notifier.checkpoint.json",
    ...(env.WORKSPACE_ID ? { workspaceId: env.WORKSPACE_ID } : {}),
    ...(env.NOTIFIER_POSTGRES_URL ? { postgres: { connectionString: env.NOTIFIER_POSTGRES_URL, leaseMs: Number(env.NOTIFIER_LEASE_MS ?? 10_000) } } : {}),
    signal: controller.signal,
  });
  console.log(`stopped: ${stats.delivered} events handled, ${stats.failed} failed, resume point ${stats.lastEventId ?? "none"}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
