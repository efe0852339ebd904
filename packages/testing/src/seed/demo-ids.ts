/**
 * The names of everything the `demo` seed creates, so tests, examples and docs can refer to
 * them. Times are relative to the clock at seeding (a manual clock starts at 2026-11-24T09:00:00Z).
 *
 * @example
 * world.approvals.approve(DEMO.approvals.pendingDestructive, { note: "CHG-1043" }, "user:alice");
 */
export const DEMO = {
  project: "proj_demo",
  workspaces: {
    /** `kubernetes-prod`: fleet_01 (healthy) and fleet_02 (offline). */
    prod: "ws_kube_prod",
    /** `kubernetes-staging`: fleet_01 and edge_03 (both healthy). */
    staging: "ws_kube_staging",
  },
  agents: {
    /** Healthy XEM bound to prod and staging. */
    fleet01: "agt_xem_fleet_01",
    /** Offline XEM bound to prod; the only prod agent publishing `etcd_snapshot`. */
    fleet02: "agt_xem_fleet_02",
    /** Healthy XEM bound to staging. */
    edge03: "agt_xem_edge_03",
  },
  tools: {
    read: "kubectl_get",
    write: "kubectl_label",
    destructive: "kubectl_drain",
    irreversible: "openstack_server_delete",
    /** Always exits 1 in the demo. */
    failing: "kubectl_rollout_restart",
    /** Published by fleet_02 and edge_03 only: in prod it waits for fleet_02. */
    snapshot: "etcd_snapshot",
  },
  joinKeys: { active: "jk_demo_active", consumed: "jk_demo_consumed", revoked: "jk_demo_revoked", expired: "jk_demo_expired" },
  /** The secret of `joinKeys.active`, for `world.enrollAgent({ joinKey })`. */
  activeJoinKeySecret: "jk_live_demoActiveKey0000000001",
  approvals: {
    /** Pending: drain node-9 in prod (expires 10 min after seeding). */
    pendingDestructive: "de3a0000-0000-4000-8000-000000000001",
    /** Pending: delete the legacy bastion server in prod (expires 40 min after seeding). */
    pendingIrreversible: "de3a0000-0000-4000-8000-000000000002",
    /** Approved by user:alice; its invocation completed. */
    approved: "de3a0000-0000-4000-8000-000000000003",
    /** Rejected by user:bob. */
    rejected: "de3a0000-0000-4000-8000-000000000004",
    /** Escalated once, then timed out. */
    timedOut: "de3a0000-0000-4000-8000-000000000005",
  },
  invocations: {
    queued: "inv_demo_queued",
    pendingApproval: "inv_demo_pending_drain",
    pendingIrreversible: "inv_demo_pending_delete",
    dispatched: "inv_demo_dispatched",
    running: "inv_demo_running",
    completed: "inv_demo_completed",
    failed: "inv_demo_failed",
    timeout: "inv_demo_timeout",
    cancelled: "inv_demo_cancelled",
    rejected: "inv_demo_rejected",
    /** Rejected because its approval timed out. */
    approvalTimedOut: "inv_demo_approval_timed_out",
  },
  artifact: { id: "cart_demo_drain_report", chatId: "chat_demo_ops" },
  /** The second project (`proj_other`, reached only with `xero_other_admin`): its own data. */
  other: {
    project: "proj_other",
    /** `other-prod`: one healthy XEM. */
    workspace: "ws_other_prod",
    agent: "agt_other_xem_01",
    /** Pending: drain node-1 in other-prod. */
    pendingApprovalInvocation: "inv_other_pending_drain",
  },
} as const;
