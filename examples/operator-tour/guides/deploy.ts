import { createAgents } from "@xerotier/agents";
import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 1, Deploy your first XEM: mint a join key, enrol, see it healthy, inspect it, bind it. */
export async function deployFirstXem({ client, router, print }: TourContext): Promise<string> {
  print.guide("Guide 1: Deploy your first XEM");
  const agents = createAgents(client);

  print.step("Mint a single-use join key", "xeroctl agents join-keys --create --name edge-tour --region eu-west-1 --router-addr tcp://127.0.0.1:5555");
  const joinKey = await agents.createJoinKey({ name: "edge-tour", region: "eu-west-1", routerAddr: "tcp://127.0.0.1:5555" });
  print.detail(`${joinKey.id} (${joinKey.status}, expires ${joinKey.expires_at}); key shown once: ${joinKey.key.slice(0, 8)}…`);

  print.step("The XEM host enrols with XEM_JOIN_KEY (simulated by the reference router)");
  const { parameters, name, description, risk, domain, timeout_ms } = await createExec(client).tool(DEMO.tools.read);
  router.world.enrollAgent({ joinKey: joinKey.key, registrationName: "xem-tour-01", tools: [{ name, description, risk, domain, timeout_ms, parameters }] });
  const enrolled = await agents.waitForEnrollment(joinKey.id, { timeoutMs: 10_000 });
  print.detail(`agent ${enrolled.id} enrolled; the join key is now consumed`);

  print.step("The new agent appears with a healthy status", "xeroctl agents");
  const agent = await agents.waitForHealthy(enrolled.id, { timeoutMs: 10_000 });
  for await (const a of agents.list()) print.detail(`${a.id}  ${a.name}  ${a.status}  ${a.region}`);

  print.step("Inspect what it published", `xeroctl agents ${agent.id}`);
  const detail = await agents.get(agent.id);
  print.detail(`tools: ${detail.manifest.tools.map((t) => `${t.name} (${t.risk})`).join(", ")}\nlast heartbeat: ${detail.last_heartbeat_at}`);

  print.step("Bind it to a workspace", `xeroctl workspaces bind ${DEMO.workspaces.staging} --agent ${agent.id}`);
  const binding = await agents.bindWorkspace(DEMO.workspaces.staging, agent.id);
  print.detail(`${binding.id} bound`);
  return agent.id;
}
