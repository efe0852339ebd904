import type { ToolBehaviorSource } from "../domain/tool-behavior";
import type { ToolDescriptor } from "../domain/types";

const str = { type: "string" } as const;

/** The demo tool descriptors, one or more per risk level. */
export const DEMO_TOOLS: Record<string, ToolDescriptor> = {
  kubectl_get: {
    name: "kubectl_get",
    description: "Read Kubernetes resources.",
    risk: "read",
    domain: "kubernetes",
    timeout_ms: 30_000,
    parameters: { type: "object", properties: { resource: str, namespace: str, name: str }, required: ["resource"] },
  },
  kubectl_label: {
    name: "kubectl_label",
    description: "Add or change labels on a Kubernetes resource.",
    risk: "write",
    domain: "kubernetes",
    timeout_ms: 30_000,
    parameters: { type: "object", properties: { resource: str, name: str, labels: { type: "object" } }, required: ["resource", "name", "labels"] },
  },
  kubectl_rollout_restart: {
    name: "kubectl_rollout_restart",
    description: "Restart a deployment's pods with a rolling update.",
    risk: "write",
    domain: "kubernetes",
    timeout_ms: 120_000,
    parameters: { type: "object", properties: { deployment: str, namespace: str }, required: ["deployment"] },
  },
  kubectl_drain: {
    name: "kubectl_drain",
    description: "Drain a node before maintenance.",
    risk: "destructive",
    domain: "kubernetes",
    timeout_ms: 120_000,
    parameters: { type: "object", properties: { node: str }, required: ["node"] },
  },
  openstack_server_delete: {
    name: "openstack_server_delete",
    description: "Delete an OpenStack server.",
    risk: "irreversible",
    domain: "openstack",
    timeout_ms: 300_000,
    parameters: { type: "object", properties: { server_id: str }, required: ["server_id"] },
  },
  etcd_snapshot: {
    name: "etcd_snapshot",
    description: "Take an etcd snapshot of the cluster.",
    risk: "write",
    domain: "kubernetes",
    timeout_ms: 600_000,
    parameters: { type: "object", properties: { path: str } },
  },
};

const arg = (args: Record<string, unknown>, name: string, fallback: string): string => {
  const value = args[name];
  return typeof value === "string" ? value : fallback;
};

/** How demo tools behave when they run (tests can override with `world.setToolBehavior`). */
export const DEMO_BEHAVIORS: Record<string, ToolBehaviorSource> = {
  kubectl_get: ({ arguments: a }) => ({
    stdout: `NAME                        READY   STATUS    RESTARTS   AGE\n${arg(a, "name", "checkout-7d9f8b6c5-x2x9q")}   1/1     Running   0          3d\n`,
  }),
  kubectl_label: ({ arguments: a }) => ({ stdout: `${arg(a, "resource", "node")}/${arg(a, "name", "unknown")} labeled\n` }),
  kubectl_rollout_restart: ({ arguments: a }) => ({
    exitCode: 1,
    stderr: `error: deployments.apps "${arg(a, "deployment", "unknown")}" not found\n`,
  }),
  kubectl_drain: ({ arguments: a }) => {
    const node = arg(a, "node", "unknown");
    return {
      runMs: 30_000,
      stdout: `node/${node} cordoned\nevicting pod shop/checkout-7d9f8b6c5-x2x9q\nnode/${node} drained\n`,
      artifacts: [{ name: "drain-report.txt", content: `node/${node} drained\nevicted 14 pods in 29s\n` }],
    };
  },
  openstack_server_delete: ({ arguments: a }) => ({ runMs: 10_000, stdout: `Server ${arg(a, "server_id", "unknown")} deleted.\n` }),
  etcd_snapshot: ({ arguments: a }) => ({
    runMs: 240_000,
    stdout: `Snapshot saved at ${arg(a, "path", "/var/backups/etcd/snapshot.db")}\n`,
  }),
};
