// The policy-driven auto-approver: approves `read`/`write` calls of three named tools in one
// workspace during working hours, only in the `web` namespace; everything else (another tool, a
// lookalike of an allowed name, and every unknown risk, status or tool) waits for a human.
// DRY_RUN=1 reports without deciding.
//
//   WORKSPACE_ID=ws_kube_staging DRY_RUN=1 pnpm exec tsx examples/auto-approver/policy.ts
//
// Env: XEROTIER_BASE_URL (default http://127.0.0.1:4010), XEROTIER_API_KEY (xero_demo_admin),
// XEROTIER_PROJECT (proj_demo), WORKSPACE_ID (ws_kube_staging), BOT_NAME (policy-bot),
// AUTO_APPROVER_POSTGRES_URL (optional: run it on several replicas, one decides at a time; the
// coordination is named after BOT_NAME), AUTO_APPROVER_LEASE_MS (10000). Ctrl-C stops it.
import { createXerotierClient } from "@xerotier/api";
import { createApprovals } from "@xerotier/approvals";
import type { Coordination } from "@xerotier/approvals";
import { createAutoApprover, type AutoApprovalPolicy, type AutoApprover, type DecisionRecord } from "@xerotier/approvals/auto-approver";
import { postgresCoordination } from "@xerotier/approvals/postgres";
import { pathToFileURL } from "node:url";

/**
 * The policy of this example, as data: review it like any other config change. `allowTools` is
 * what it may approve (exact names); `denyTools` is a guard that outlives later edits of the
 * allowlist (a denied name, or a case/width/space variant of it, is never approved).
 */
export function examplePolicy(workspaceId: string): AutoApprovalPolicy {
  return {
    maxRisk: "write",
    workspaces: [workspaceId],
    allowTools: ["kubectl_get", "kubectl_label", "kubectl_scale"],
    denyTools: ["kubectl_delete"],
    argumentPredicates: [{ name: "namespace-web", test: (args) => args.namespace === undefined || args.namespace === "web" }],
    windows: [{ days: [1, 2, 3, 4, 5], from: "07:00", to: "19:00" }],
  };
}

/** Options of {@link createPolicyBot}. */
export interface PolicyBotOptions {
  baseUrl: string;
  apiKey: string;
  project: string;
  workspaceId: string;
  botName: string;
  dryRun: boolean;
  /** Overrides {@link examplePolicy}. */
  policy?: AutoApprovalPolicy;
  /** Replicas sharing it take turns: only the lease holder decides. Every replica decides when omitted. */
  coordination?: Coordination;
  /** Called with every decision record (default: one line on the console). */
  onDecision?: (record: DecisionRecord) => void;
  now?: () => Date;
}

/** One audit line: outcome, approval, action, rule and reason. */
export function formatDecision(r: DecisionRecord): string {
  return `${r.at} ${r.outcome} ${r.approvalId} ${r.action} rule=${r.rule} (${r.reason})`;
}

/** Builds the bot; `bot.run(signal)` runs it, `bot.stats()` feeds a health check. */
export function createPolicyBot(options: PolicyBotOptions): AutoApprover {
  const client = createXerotierClient({ baseUrl: options.baseUrl, apiKey: options.apiKey, project: options.project });
  return createAutoApprover({
    approvals: createApprovals(client),
    policy: options.policy ?? examplePolicy(options.workspaceId),
    botName: options.botName,
    dryRun: options.dryRun,
    watch: { workspaceId: options.workspaceId },
    onDecision: options.onDecision ?? ((r) => console.log(formatDecision(r))),
    ...(options.coordination ? { coordination: options.coordination } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
}

/** Entry point: options from the environment, stops on SIGINT/SIGTERM and prints the counters. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const controller = new AbortController();
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => controller.abort());
  const botName = env.BOT_NAME ?? "policy-bot";
  const postgresUrl = env.AUTO_APPROVER_POSTGRES_URL;
  const coordination = postgresUrl ? postgresCoordination({ connectionString: postgresUrl, name: botName, leaseMs: Number(env.AUTO_APPROVER_LEASE_MS ?? 10_000) }) : undefined;
  const bot = createPolicyBot({
    baseUrl: env.XEROTIER_BASE_URL ?? "http://127.0.0.1:4010",
    apiKey: env.XEROTIER_API_KEY ?? "xero_demo_admin",
    project: env.XEROTIER_PROJECT ?? "proj_demo",
    workspaceId: env.WORKSPACE_ID ?? "ws_kube_staging",
    botName,
    dryRun: env.DRY_RUN === "1",
    ...(coordination ? { coordination } : {}),
  });
  try {
    await bot.run(controller.signal);
  } finally {
    await coordination?.close();
  }
  console.log(JSON.stringify(bot.stats()));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
