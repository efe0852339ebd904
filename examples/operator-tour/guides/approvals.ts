import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 3, Manage approvals: list, inspect, watch the stream, approve and reject, all with xeroctl. */
export async function manageApprovals({ client, print, command }: TourContext): Promise<void> {
  print.guide("Guide 3: Manage approvals");
  const workspaceId = DEMO.workspaces.prod;

  await command("List the open approvals", `xeroctl approvals list --workspace ${workspaceId} --status pending`);
  await command("Inspect one request", `xeroctl approvals show ${DEMO.approvals.pendingDestructive}`);

  // The watch runs until Ctrl-C (here: an abort once it has seen the approval decided).
  const controller = new AbortController();
  const seen: Array<{ id: string; type: string }> = [];
  let requested: () => void = () => {};
  const requestSeen = new Promise<void>((resolve) => (requested = resolve));
  const watching = command("Stream new requests as they land (one JSON event per line)", `xeroctl approvals watch --workspace ${workspaceId} -o json`, {
    signal: controller.signal,
    expectCode: 130,
    onStdout: (text) => {
      for (const line of text.split("\n").filter(Boolean)) {
        const event = JSON.parse(line) as { id: string; type: string; data: { tool_call?: { arguments?: { node?: unknown } } } };
        seen.push(event);
        if (event.type === "exec.approval_requested" && event.data.tool_call?.arguments?.node === "node-12") requested();
        if (event.type === "exec.approved") controller.abort();
      }
    },
    show: () => "", // printed below, once the watch has seen the decision
  });
  await new Promise((resolve) => setTimeout(resolve, 200)); // let the stream connect before the request lands
  const { data: invocation } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: workspaceId, tool_name: DEMO.tools.destructive, arguments: { node: "node-12" } },
  });
  await requestSeen;
  print.detail(`a chat asked to drain node-12: ${invocation.id} is ${invocation.status}`);

  const approvalId = invocation.approval_ids[0] ?? "";
  await command("Decide from the CLI", `xeroctl approvals approve ${approvalId} --note "CHG-2001 maintenance window"`);
  await watching;
  print.detail(`the watch saw: ${seen.map((e) => e.type).join(" → ")}; resume point ${seen.at(-1)?.id}`);
  await command("Approving again is safe (a second bot, a retried script)", `xeroctl approvals approve ${approvalId} --note "retried by a second bot"`, {
    show: (r) => `approving again is safe: still ${/is (\w+)/.exec(r.stdout)?.[1]}: ${r.stdout.trim()}`,
  });

  await command("Reject another", `xeroctl approvals reject ${DEMO.approvals.pendingIrreversible} --note "not during business hours"`);
}
