import { createApprovals } from "@xerotier/approvals";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 3, Manage approvals: list, inspect, watch the stream, approve and reject (with @xerotier/approvals). */
export async function manageApprovals({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 3: Manage approvals");
  const approvals = createApprovals(client);
  const workspaceId = DEMO.workspaces.prod;

  print.step("List the open approvals", `xeroctl approvals list --workspace ${workspaceId} --status pending`);
  for await (const a of approvals.list({ workspaceId, status: "pending" })) print.detail(`${a.id}  ${a.status}  ${a.risk}  ${a.tool_name}`);

  print.step("Inspect one request", `xeroctl approvals show ${DEMO.approvals.pendingDestructive}`);
  const shown = await approvals.get(DEMO.approvals.pendingDestructive);
  print.detail(`prompt: ${shown.prompt}\ntool call: ${shown.tool_call.name} ${JSON.stringify(shown.tool_call.arguments)}\nrisk: ${shown.risk}, timeout ${shown.timeout_seconds}s (expires ${shown.expires_at})`);

  print.step("Stream new requests as they land", `xeroctl approvals watch --workspace ${workspaceId}`);
  const controller = new AbortController();
  const watch = approvals.watch({ workspaceId, signal: controller.signal });
  const seen: string[] = [];
  let requested: () => void = () => {};
  const requestSeen = new Promise<void>((resolve) => (requested = resolve));
  const watching = (async () => {
    for await (const event of watch) {
      seen.push(event.type);
      print.detail(`event ${event.id}: ${event.type} ${event.data.id} ${event.data.tool_name} (${event.data.risk})`);
      if (event.type === "exec.approval_requested" && event.data.tool_call?.arguments?.node === "node-12") requested();
      if (event.type === "exec.approved") break;
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the stream connect before the request lands
  const { data: invocation } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: workspaceId, tool_name: DEMO.tools.destructive, arguments: { node: "node-12" } },
  });
  print.detail(`a chat asked to drain node-12: ${invocation.id} is ${invocation.status}`);
  await requestSeen;

  const approvalId = invocation.approval_ids[0] ?? "";
  print.step("Decide from the CLI", `xeroctl approvals approve ${approvalId} --note "CHG-2001 maintenance window"`);
  const approved = await approvals.approve(approvalId, { note: "CHG-2001 maintenance window" });
  await watching;
  controller.abort();
  print.detail(`${approved.id} ${approved.status} by ${approved.decided_by}; the watch saw: ${seen.join(" → ")}; resume point ${watch.lastEventId}`);
  const again = await approvals.approve(approvalId, { note: "retried by a second bot" });
  print.detail(`approving again is safe: still ${again.status}, decided once by ${again.decided_by}`);

  print.step("Reject another", `xeroctl approvals reject ${DEMO.approvals.pendingIrreversible} --note "not during business hours"`);
  const rejected = await approvals.reject(DEMO.approvals.pendingIrreversible, { note: "not during business hours" });
  print.detail(`${rejected.id} ${rejected.status}; its invocation ends rejected`);
}
