import { DEMO } from "@xerotier/testing";
import { waitFor, type TourContext } from "../context";

/** Guide 1, Deploy your first XEM: mint a join key, enrol, see it healthy, inspect it, bind it. */
export async function deployFirstXem({ client, router, print }: TourContext): Promise<string> {
  print.guide("Guide 1: Deploy your first XEM");

  print.step("Mint a single-use join key", "xeroctl agents join-keys --create --name edge-tour --region eu-west-1 --router-addr tcp://127.0.0.1:5555");
  const { data: joinKey } = await client.POST("/v1/management/join-keys", {
    body: { name: "edge-tour", region: "eu-west-1", router_addr: "tcp://127.0.0.1:5555" },
  });
  print.detail(`${joinKey.id} (${joinKey.status}, expires ${joinKey.expires_at}); key shown once: ${joinKey.key.slice(0, 8)}…`);

  print.step("The XEM host enrols with XEM_JOIN_KEY (simulated by the reference router)");
  const kubectlGet = (await client.GET("/v1/exec/tools/{tool_name}", { params: { path: { tool_name: DEMO.tools.read } } })).data;
  const enrolled = router.world.enrollAgent({
    joinKey: joinKey.key,
    registrationName: "xem-tour-01",
    tools: [{ name: kubectlGet.name, description: kubectlGet.description, risk: kubectlGet.risk, domain: kubectlGet.domain, timeout_ms: kubectlGet.timeout_ms, parameters: kubectlGet.parameters }],
  });
  print.detail(`agent ${enrolled.id} enrolled; the join key is now consumed`);

  print.step("The new agent appears with a healthy status", "xeroctl agents");
  const agent = await waitFor(async () => {
    for await (const a of client.paginate("/v1/management/agents")) if (a.id === enrolled.id && a.status === "healthy") return a;
    return undefined;
  });
  print.detail(`${agent.id}  ${agent.name}  ${agent.status}  ${agent.region}`);

  print.step("Inspect what it published", `xeroctl agents ${agent.id}`);
  const { data: detail } = await client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agent.id } } });
  print.detail(`tools: ${detail.manifest.tools.map((t) => `${t.name} (${t.risk})`).join(", ")}\nlast heartbeat: ${detail.last_heartbeat_at}`);

  print.step("Bind it to a workspace", `xeroctl workspaces bind ${DEMO.workspaces.staging} --agent ${agent.id}`);
  const { data: binding, response } = await client.POST("/v1/workspaces/{workspace_id}/bindings", {
    params: { path: { workspace_id: DEMO.workspaces.staging } },
    body: { agent_id: agent.id },
  });
  print.detail(`${binding.id} (${response.status === 201 ? "new" : "already bound"})`);
  return agent.id;
}
