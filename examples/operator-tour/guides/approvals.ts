import { isApprovalEvent, streamEvents } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 3, Manage approvals: list, inspect, watch the stream, approve and reject. */
export async function manageApprovals({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 3: Manage approvals");
  const workspaceId = DEMO.workspaces.prod;

  print.step("List the open approvals", `xeroctl approvals list --workspace ${workspaceId} --status pending`);
  for await (const a of client.paginate("/v1/exec/approvals", { params: { query: { workspace_id: workspaceId, status: "pending" } } })) {
    print.detail(`${a.id}  ${a.status}  ${a.risk}  ${a.tool_name}`);
  }

  print.step("Inspect one request", `xeroctl approvals show ${DEMO.approvals.pendingDestructive}`);
  const { data: shown } = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: DEMO.approvals.pendingDestructive } } });
  print.detail(`prompt: ${shown.prompt}\ntool call: ${shown.tool_call.name} ${JSON.stringify(shown.tool_call.arguments)}\nrisk: ${shown.risk}, timeout ${shown.timeout_seconds}s (expires ${shown.expires_at})`);

  print.step("Stream new requests as they land", `xeroctl approvals watch --workspace ${workspaceId}`);
  const controller = new AbortController();
  const stream = streamEvents(client, { workspaceId, types: ["exec.approval_requested", "exec.approved", "exec.rejected"], signal: controller.signal });
  const seen: string[] = [];
  let requested: () => void = () => {};
  const requestSeen = new Promise<void>((resolve) => (requested = resolve));
  const watching = (async () => {
    for await (const item of stream) {
      if (!isApprovalEvent(item)) continue;
      seen.push(item.type);
      print.detail(`event ${item.id}: ${item.type} ${item.data.id} ${item.data.tool_name} (${item.data.risk})`);
      if (item.type === "exec.approval_requested") requested();
      else break;
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the stream connect before the request lands
  const { data: invocation } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: workspaceId, tool_name: DEMO.tools.destructive, arguments: { node: "node-12" } },
  });
  print.detail(`a chat asked to drain node-12: ${invocation.id} is ${invocation.status}`);
  await requestSeen;

  print.step("Decide from the CLI", `xeroctl approvals approve ${invocation.approval_ids[0]} --note "CHG-2001 maintenance window"`);
  const { data: approved } = await client.POST("/v1/exec/approvals/{approval_id}/approve", {
    params: { path: { approval_id: invocation.approval_ids[0] ?? "" } },
    body: { note: "CHG-2001 maintenance window" },
  });
  await watching;
  controller.abort();
  print.detail(`${approved.id} ${approved.status} by ${approved.decided_by}; the stream saw: ${seen.join(" → ")}`);

  print.step("Reject another", `xeroctl approvals reject ${DEMO.approvals.pendingIrreversible} --note "not during business hours"`);
  const { data: rejected } = await client.POST("/v1/exec/approvals/{approval_id}/reject", {
    params: { path: { approval_id: DEMO.approvals.pendingIrreversible } },
    body: { note: "not during business hours" },
  });
  print.detail(`${rejected.id} ${rejected.status}; its invocation ends rejected`);
}
