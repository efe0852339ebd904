import { createAgents, formatManifestDiff } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/**
 * Guide 6, step 1, Rotate tool credentials: restart the XEM with a new kubeconfig, wait for the
 * fresh manifest it publishes, print what changed.
 */
export async function rotateToolCredentials({ client, router, print }: TourContext): Promise<void> {
  print.guide("Guide 6, step 1: Rotate tool credentials");
  const agents = createAgents(client);
  const agentId = DEMO.agents.fleet01;

  print.step("Note the manifest the agent publishes now", `xeroctl agents ${agentId}`);
  const before = (await agents.get(agentId)).manifest;
  print.detail(`manifest version ${before.version}, hash ${before.hash}`);

  print.step("Update the kubeconfig on the XEM host and restart the container (simulated by the reference router)");
  // The new credentials grant etcd access and no longer allow rollouts; labels now need approval.
  const tools = before.tools
    .filter((tool) => tool.name !== DEMO.tools.failing)
    .map((tool) => (tool.name === DEMO.tools.write ? { ...tool, risk: "destructive" as const } : tool));
  const snapshot = (await agents.get(DEMO.agents.edge03)).manifest.tools.find((tool) => tool.name === DEMO.tools.snapshot);
  router.agents.restart(agentId, { tools: snapshot ? [...tools, snapshot] : tools, downtimeMs: 500 });

  print.step("Wait until it is back with a fresh manifest, and see what changed", `xeroctl agents wait-manifest ${agentId} --since ${before.hash} --timeout 30`);
  const { agent, diff, heartbeatAt } = await agents.waitForManifestRefresh(agentId, { since: before, timeoutMs: 30_000, pollMs: 100 });
  print.detail(`back ${agent.status} at ${heartbeatAt}: manifest version ${agent.manifest.version}, hash ${agent.manifest.hash}`);
  print.detail(diff ? formatManifestDiff(diff).join("\n") : "the tool list from before the restart was not seen");
}
