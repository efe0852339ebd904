import { ScopeInsufficientError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { waitFor, type TourContext } from "../context";

/** Guide 4, Respond to alerts: read the labels, find the failure, pause the agent, read the error envelope. */
export async function respondToAlerts({ client, readonlyClient, print }: TourContext): Promise<void> {
  print.guide("Guide 4: Respond to alerts");
  // The demo's failing rollout restart ran in staging on edge_03.
  const labels = { project: DEMO.project, workspace: DEMO.workspaces.staging, agent: DEMO.agents.edge03 };

  print.step("Read the alert's label set");
  print.detail(JSON.stringify(labels));

  print.step("Find the most recent failure for those labels", `xeroctl exec list  # filtered by workspace and agent`);
  const failures = client.paginate(
    "/v1/exec/invocations",
    { params: { query: { workspace_id: labels.workspace, agent_id: labels.agent, status: "failed" } } },
    { maxItems: 1 },
  );
  for await (const inv of failures) {
    print.detail(`${inv.id}  ${inv.tool_name}  exit ${inv.exit_code}  ${inv.error?.code}: ${inv.error?.message}`);
  }

  print.step("Quiesce the misbehaving XEM", `xeroctl agents pause-exec ${labels.agent}`);
  const { data: paused } = await client.POST("/v1/management/agents/{agent_id}/pause-exec", { params: { path: { agent_id: labels.agent } }, body: {} });
  print.detail(`exec_paused: ${paused.exec_paused}`);
  const { data: rerouted } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: labels.workspace, tool_name: DEMO.tools.read, arguments: { resource: "nodes" } },
  });
  print.detail(`a new call in ${labels.workspace} routes around it: ${rerouted.id} is ${rerouted.status} on ${rerouted.agent_id}`);
  const { data: queued } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: labels.workspace, tool_name: DEMO.tools.snapshot, arguments: {} },
  });
  print.detail(`a call only ${labels.agent} can serve waits: ${queued.id} is ${queued.status}`);

  print.step("Resume once the host is healthy", `xeroctl agents resume-exec ${labels.agent}`);
  await client.POST("/v1/management/agents/{agent_id}/resume-exec", { params: { path: { agent_id: labels.agent } }, body: {} });
  const dispatched = await waitFor(async () => {
    const { data } = await client.GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: queued.id } } });
    return data.status === "queued" ? undefined : data;
  });
  print.detail(`${dispatched.id} is now ${dispatched.status} on ${dispatched.agent_id}`);

  print.step("Watch the error envelope: a key without the management scope");
  try {
    await readonlyClient.POST("/v1/management/agents/{agent_id}/pause-exec", { params: { path: { agent_id: labels.agent } }, body: {} });
  } catch (error) {
    if (!(error instanceof ScopeInsufficientError)) throw error;
    print.detail(`${error.status} ${error.code}: ${error.message}\nforward x-request-id ${error.requestId} to support`);
  }
}
