import type { ToolBehaviorSource } from "../domain/tool-behavior";
import type { ToolDescriptor } from "../domain/types";

const str = { type: "string" } as const;
type Risk = ToolDescriptor["risk"];
const tool = (name: string, description: string, risk: Risk, domain: string, timeoutMs: number, properties: object, required?: string[]): [string, ToolDescriptor] => [
  name,
  { name, description, risk, domain, timeout_ms: timeoutMs, parameters: { type: "object", properties, ...(required ? { required } : {}) } },
];

/** The demo tool descriptors, one or more per risk level. */
export const DEMO_TOOLS: Record<string, ToolDescriptor> = Object.fromEntries([
  tool("kubectl_get", "Read Kubernetes resources.", "read", "kubernetes", 30_000, { resource: str, namespace: str, name: str }, ["resource"]),
  tool("kubectl_label", "Add or change labels on a Kubernetes resource.", "write", "kubernetes", 30_000, { resource: str, name: str, labels: { type: "object" } }, ["resource", "name", "labels"]),
  tool("kubectl_rollout_restart", "Restart a deployment's pods with a rolling update.", "write", "kubernetes", 120_000, { deployment: str, namespace: str }, ["deployment"]),
  tool("kubectl_drain", "Drain a node before maintenance.", "destructive", "kubernetes", 120_000, { node: str }, ["node"]),
  tool("openstack_server_delete", "Delete an OpenStack server.", "irreversible", "openstack", 300_000, { server_id: str }, ["server_id"]),
  tool("etcd_snapshot", "Take an etcd snapshot of the cluster.", "write", "kubernetes", 600_000, { path: str }),
]);

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
  etcd_snapshot: ({ arguments: a }) => ({ runMs: 240_000, stdout: `Snapshot saved at ${arg(a, "path", "/var/backups/etcd/snapshot.db")}\n` }),
};
