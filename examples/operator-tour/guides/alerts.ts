import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import alert from "../../alert-triage/alert.json" with { type: "json" };
import { formatTriageReport, runAlertTriage } from "../../alert-triage/triage";
import type { TourContext } from "../context";

/** Guide 4, Respond to alerts: triage the alert, pause the agent, resume, read the error envelope. */
export async function respondToAlerts({ client, router, print, command }: TourContext): Promise<void> {
  print.guide("Guide 4: Respond to alerts");
  const exec = createExec(client);

  print.step("Triage the alert from its project, workspace and agent labels (examples/alert-triage)");
  const [report] = await runAlertTriage(client, alert);
  if (!report) throw new Error("the sample alert names no target");
  print.detail(formatTriageReport(report));
  const { workspace, agent } = report.target;

  await command("Quiesce the misbehaving XEM", `xeroctl agents pause-exec ${agent}`);
  const rerouted = await exec.invoke({ workspaceId: workspace, tool: DEMO.tools.read, arguments: { resource: "nodes" } });
  print.detail(`a new call in ${workspace} routes around it: ${rerouted.id} is ${rerouted.status} on ${rerouted.agent_id}`);
  // The demo snapshot takes four minutes; the tour's XEM is quicker.
  router.world.setToolBehavior(DEMO.tools.snapshot, { runMs: 500, stdout: "Snapshot saved at /var/backups/etcd/snapshot.db\n" });
  const queued = await exec.invoke({ workspaceId: workspace, tool: DEMO.tools.snapshot });
  print.detail(`a call only ${agent} can serve waits: ${queued.id} is ${queued.status}`);

  await command("Resume once the host is healthy", `xeroctl agents resume-exec ${agent}`);
  const done = await exec.waitForCompletion(queued.id, { maxWaitMs: 10_000 });
  print.detail(`${done.id} was dispatched to ${done.agent_id} and ended ${done.status}`);

  await command("If the target itself is down, pause every XEM bound to the workspace", `xeroctl workspaces pause-exec ${workspace}`);
  await command("…and resume them when it is back", `xeroctl workspaces resume-exec ${workspace}`);

  // Exit 1: the error code, message and the request id to forward to support.
  await command("Watch the error envelope: a key without the management scope", `xeroctl agents pause-exec ${agent}`, { apiKey: "xero_demo_readonly", expectCode: 1 });
}
