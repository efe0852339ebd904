import { recordLifecycle } from "../domain/agent-records";
import { scheduleEnd, scheduleStart } from "../domain/invocation-lifecycle";
import { addJoinKey } from "../domain/join-keys";
import type { WorldState } from "../domain/state";
import { iso } from "../domain/time";
import { resolveBehavior } from "../domain/tool-behavior";
import type { JoinKey } from "../domain/types";
import { DEMO } from "./demo-ids";
import { DEMO_BEHAVIORS, DEMO_TOOLS } from "./demo-tools";
import { createTimeline, seedAgent, seedGatedCall, seedInvocation, type InvocationSeed, type Timeline } from "./history";

export { DEMO } from "./demo-ids";

const S = 1000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;
const { workspaces: WS, agents: AG, approvals: AP, invocations: INV, tools: T } = DEMO;

/**
 * The `demo` seed: project `proj_demo` with two Kubernetes workspaces, three XEM agents (one
 * offline), tools at every risk level, join keys in every status, two pending approvals and
 * invocations in every status with realistic history, output and an artifact. Ids are in `DEMO`.
 * In-flight calls keep running on the clock: `dispatched` starts 30 s after seeding, `running` ends 3 min after.
 */
export function seedDemo(state: WorldState): void {
  const now = state.clock.now();
  const timeline = createTimeline(state);
  for (const [name, behavior] of Object.entries(DEMO_BEHAVIORS)) state.behaviors.set(name, behavior);

  for (const [id, name] of [[WS.prod, "kubernetes-prod"], [WS.staging, "kubernetes-staging"]] as const) {
    state.workspaces.set(id, { workspace: { id, object: "workspace", name, type: "kubernetes", agent_ids: [], created_at: iso(now - 30 * D) }, bindings: new Map() });
  }
  seedJoinKeys(state, now);
  seedAgents(state, timeline, now);
  // The calls in creation order (lists depend on it): decided approvals, ungated calls, calls waiting, two in flight.
  seedDecidedCalls(state, timeline, now);
  seedUngatedCalls(state, timeline, now);
  seedWaitingCalls(state, timeline, now);
  seedCallsInFlight(state, timeline, now);
  timeline.flush();
}

function seedJoinKeys(state: WorldState, now: number): void {
  const key = (id: string, name: string, status: JoinKey["status"], createdAt: number, secret: string, consumedBy?: string) =>
    addJoinKey(state, { name, region: "eu-west-1", router_addr: "tcp://router.demo.xerotier.ai:5555" }, createdAt, { id, status, secret, ...(consumedBy ? { consumedBy } : {}) });
  // Insertion order is creation order: lists show the newest first.
  key(DEMO.joinKeys.expired, "edge-west-unused", "active", now - 3 * D - 2 * H, "jk_live_demoExpiredKey00000000001");
  key(DEMO.joinKeys.consumed, "edge-03", "consumed", now - 3 * D - H, "jk_live_demoConsumedKey0000000001", AG.edge03);
  key(DEMO.joinKeys.revoked, "edge-04-cancelled", "revoked", now - 2 * D, "jk_live_demoRevokedKey00000000001");
  key(DEMO.joinKeys.active, "edge-05", "active", now - H, DEMO.activeJoinKeySecret);
}

function seedAgents(state: WorldState, timeline: Timeline, now: number): void {
  const tools = (...names: string[]) => names.map((n) => DEMO_TOOLS[n]!);
  seedAgent(state, timeline, {
    id: AG.fleet01, name: "xem-fleet-01", region: "eu-west-1", workerId: "wrk_7f3a", joinKeyId: "jk_demo_fleet_01", workspaceIds: [WS.prod, WS.staging],
    tools: tools(T.read, T.write, T.failing, T.destructive, T.irreversible), createdAt: now - 20 * D, lastHeartbeatAt: now,
    curvePublicKey: "rq:rM>}U?@Lns47E1%kR.o@n%FcmmsL/@{H8]yf7", curveRotatedAt: now - 7 * D,
  });
  recordLifecycle(state, AG.fleet01, "curve_rotated", { reason: "quarterly rotation", actor: "user:alice" }, now - 7 * D);

  const fleet02 = seedAgent(state, timeline, {
    id: AG.fleet02, name: "xem-fleet-02", region: "eu-west-1", workerId: "wrk_8b1c", joinKeyId: "jk_demo_fleet_02", workspaceIds: [WS.prod],
    tools: tools(T.read, T.write, T.destructive, T.snapshot), createdAt: now - 20 * D + H, lastHeartbeatAt: now - 6 * H,
    curvePublicKey: "Yne@$w-vo<fVvi]a<NY6T1ed:M$fCG*[IaLV{hID",
  });
  fleet02.agent.status = "offline";
  recordLifecycle(state, AG.fleet02, "status_changed", { from: "healthy", to: "offline" }, now - 6 * H + 30 * S);
  timeline.add(now - 6 * H + 30 * S, "exec.agent_offline", fleet02.agent);

  seedAgent(state, timeline, {
    id: AG.edge03, name: "xem-edge-03", region: "eu-west-1", workerId: "wrk_9c2d", joinKeyId: DEMO.joinKeys.consumed, workspaceIds: [WS.staging],
    tools: tools(T.read, T.write, T.failing, T.snapshot), createdAt: now - 3 * D, lastHeartbeatAt: now,
    curvePublicKey: "v*3Bn!kQ7@xZp2%LmR9^sT4&wY6(eU8)iO0[aS1",
  });
}

type RunEnd = "completed" | "failed" | "timeout" | "cancelled" | "running" | "dispatched";

const EXEC = "api_key:xero_demo_exec";
const agentActor = (id: string) => `agent:${id}`;
/** A drain of `node` requested by the exec key, routed to fleet_01. */
const drain = (invocationId: string, approvalId: string, workspaceId: string, node: string, createdAt: number) =>
  ({ invocationId, approvalId, workspaceId, agentId: AG.fleet01, toolName: T.destructive, risk: "destructive", arguments: { node }, requestedBy: EXEC, createdAt }) as const;

/** Gated calls whose approval was decided or ran out: timed out, rejected, approved and completed. */
function seedDecidedCalls(state: WorldState, timeline: Timeline, now: number): void {
  // 5 h ago: a staging drain nobody decided; escalated after 15 min, timed out after 30.
  const t0 = now - 5 * H;
  seedGatedCall(state, timeline, {
    ...drain(INV.approvalTimedOut, AP.timedOut, WS.staging, "node-3", t0), prompt: "Drain node-3 in staging to test the new autoscaler.",
    escalations: [t0 + 15 * M], decision: { status: "timed_out", at: t0 + 30 * M, by: "system" },
  });
  // 3 h ago: a production server delete, rejected.
  const t1 = now - 3 * H;
  seedGatedCall(state, timeline, {
    invocationId: INV.rejected, approvalId: AP.rejected, workspaceId: WS.prod, agentId: AG.fleet01, toolName: T.irreversible, risk: "irreversible",
    arguments: { server_id: "srv-prod-db-02" }, requestedBy: EXEC, prompt: "Delete the old database server srv-prod-db-02.", createdAt: t1,
    decision: { status: "rejected", at: t1 + 10 * M, by: "user:bob", note: "Wrong server: srv-prod-db-02 still serves traffic." },
  });
  // 2 h ago: node-7 drained after approval, with a report artifact.
  const t2 = now - 2 * H;
  const report = "node/node-7 drained\nevicted 14 pods in 29s\n";
  const artifact = { id: DEMO.artifact.id, name: "drain-report.txt", media_type: "text/plain", size_bytes: new TextEncoder().encode(report).length, chat_id: DEMO.artifact.chatId };
  state.artifacts.set(artifact.id, { ...artifact, object: "artifact", encoding: "utf-8", content: report });
  seedGatedCall(state, timeline, {
    ...drain(INV.completed, AP.approved, WS.prod, "node-7", t2), prompt: "Drain node-7 before the kernel upgrade.",
    decision: { status: "approved", at: t2 + 2 * M, by: "user:alice", note: "change window CHG-1042" },
    run: [
      { to: "running", at: t2 + 2 * M + S, actor: agentActor(AG.fleet01) },
      { to: "completed", at: t2 + 2 * M + 30 * S, actor: agentActor(AG.fleet01) },
    ],
    result: { exitCode: 0, stdout: "node/node-7 cordoned\nevicting pod shop/checkout-7d9f8b6c5-x2x9q\nnode/node-7 drained\n", artifacts: [artifact] },
  });
}

/** An ungated call (`read`/`write`) created `at`, dispatched at once, ending `end` at `endAt`. */
function seedUngatedCall(
  state: WorldState,
  timeline: Timeline,
  call: { id: string; at: number; toolName: string; args: Record<string, unknown>; ws: string; agentId: string; end: RunEnd; endAt: number; result?: InvocationSeed["result"] },
) {
  const { id, at, toolName, args, ws, agentId, end, endAt, result } = call;
  const steps: InvocationSeed["steps"] = [
    { to: "queued", at, actor: EXEC },
    { to: "dispatched", at, actor: "system", reason: `${DEMO_TOOLS[toolName]!.risk} tool: no approval required` },
  ];
  if (end !== "dispatched") steps.push({ to: "running", at: at + 250, actor: agentActor(agentId) });
  if (end === "cancelled") steps.push({ to: "cancelled", at: endAt, actor: "api_key:xero_demo_admin", reason: "cancelled" });
  else if (end !== "running" && end !== "dispatched") steps.push({ to: end, at: endAt, actor: agentActor(agentId), reason: end === "completed" ? null : end === "failed" ? "non_zero_exit" : "tool_timeout" });
  return seedInvocation(state, timeline, { id, workspaceId: ws, toolName, risk: DEMO_TOOLS[toolName]!.risk, arguments: args, agentId, createdAt: at, steps, result });
}

/** Ungated calls that ended: a failed rollout restart, a timed-out read, a cancelled label. */
function seedUngatedCalls(state: WorldState, timeline: Timeline, now: number): void {
  const t3 = now - 90 * M;
  seedUngatedCall(state, timeline, { id: INV.failed, at: t3, toolName: T.failing, args: { deployment: "checkout", namespace: "shop" }, ws: WS.staging, agentId: AG.edge03, end: "failed", endAt: t3 + 2 * S,
    result: { exitCode: 1, stderr: 'error: deployments.apps "checkout" not found\n', error: { code: "non_zero_exit", message: "kubectl_rollout_restart exited with status 1" } },
  });
  const t4 = now - 45 * M;
  seedUngatedCall(state, timeline, { id: INV.timeout, at: t4, toolName: T.read, args: { resource: "events", namespace: "kube-system" }, ws: WS.prod, agentId: AG.fleet01, end: "timeout", endAt: t4 + 250 + 30 * S,
    result: { exitCode: null, error: { code: "tool_timeout", message: "kubectl_get exceeded its 30000 ms timeout" } },
  });
  const t5 = now - 30 * M;
  seedUngatedCall(state, timeline, { id: INV.cancelled, at: t5, toolName: T.write, args: { resource: "node", name: "node-4", labels: { maintenance: "true" } }, ws: WS.staging, agentId: AG.edge03, end: "cancelled", endAt: t5 + 20 * S });
}

/** Calls waiting now: two approvals pending, one call queued for an offline agent. */
function seedWaitingCalls(state: WorldState, timeline: Timeline, now: number): void {
  // 20 min ago: an irreversible delete awaiting approval (expires in 40 min).
  seedGatedCall(state, timeline, {
    invocationId: INV.pendingIrreversible, approvalId: AP.pendingIrreversible, workspaceId: WS.prod, agentId: AG.fleet01, toolName: T.irreversible, risk: "irreversible",
    arguments: { server_id: "srv-legacy-bastion" }, requestedBy: EXEC, prompt: "Delete the retired legacy bastion server.", createdAt: now - 20 * M,
  });
  // 10 min ago: a prod etcd snapshot, queued until fleet_02 (the only prod publisher) is back.
  const t7 = now - 10 * M;
  seedInvocation(state, timeline, {
    id: INV.queued, workspaceId: WS.prod, toolName: T.snapshot, risk: "write", arguments: { path: "/var/backups/etcd/prod.db" }, createdAt: t7,
    steps: [{ to: "queued", at: t7, actor: EXEC }],
  });
  // 5 min ago: a drain awaiting approval (expires in 10 min).
  seedGatedCall(state, timeline, { ...drain(INV.pendingApproval, AP.pendingDestructive, WS.prod, "node-9", now - 5 * M), prompt: "Drain node-9 before the kernel upgrade (CHG-1043)." });
}

/** A staging snapshot running for a minute (ends in 3 min) and a read just dispatched, both finishing on the clock. */
function seedCallsInFlight(state: WorldState, timeline: Timeline, now: number): void {
  const behaviorOf = (toolName: string, invocationId: string, agentId: string, ws: string, args: Record<string, unknown>) =>
    resolveBehavior(DEMO_BEHAVIORS[toolName], { invocationId, toolName, workspaceId: ws, agentId, arguments: args }, state.config.toolRunMs);
  const snapArgs = { path: "/var/backups/etcd/staging.db" };
  const running = seedUngatedCall(state, timeline, { id: INV.running, at: now - M, toolName: T.snapshot, args: snapArgs, ws: WS.staging, agentId: AG.edge03, end: "running", endAt: now });
  scheduleEnd(state, running, state.agents.get(AG.edge03)!, behaviorOf(T.snapshot, INV.running, AG.edge03, WS.staging, snapArgs), M);
  const getArgs = { resource: "pods", namespace: "shop" };
  const dispatched = seedUngatedCall(state, timeline, { id: INV.dispatched, at: now - S, toolName: T.read, args: getArgs, ws: WS.staging, agentId: AG.fleet01, end: "dispatched", endAt: now });
  scheduleStart(state, dispatched, state.agents.get(AG.fleet01)!, behaviorOf(T.read, INV.dispatched, AG.fleet01, WS.staging, getArgs), 30 * S);
}
