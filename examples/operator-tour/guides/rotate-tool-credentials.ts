import { createAgents } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/**
 * Guide 6, step 1, Rotate tool credentials: note the manifest, restart the XEM with a new
 * kubeconfig, wait for the fresh manifest it publishes and see what changed, all through xeroctl.
 */
export async function rotateToolCredentials({ client, router, print, command }: TourContext): Promise<void> {
  print.guide("Guide 6, step 1: Rotate tool credentials");
  const agentId = DEMO.agents.fleet01;

  const shown = await command("Note the manifest the agent publishes now", `xeroctl agents ${agentId}`, {
    show: (r) => r.stdout.split("\n").find((line) => line.startsWith("Manifest")) ?? r.stdout.trimEnd(),
  });
  const hash = /^Manifest +v\d+ (\S+)$/m.exec(shown.stdout)?.[1];
  if (!hash) throw new Error(`no manifest hash in the output of xeroctl agents ${agentId}`);

  print.step("Update the kubeconfig on the XEM host and restart the container (simulated by the reference router)");
  // The XEM host's side, played by the router: the new credentials grant etcd access and no longer
  // allow rollouts; labels now need approval.
  const agents = createAgents(client);
  const tools = (await agents.get(agentId)).manifest.tools
    .filter((tool) => tool.name !== DEMO.tools.failing)
    .map((tool) => (tool.name === DEMO.tools.write ? { ...tool, risk: "destructive" as const } : tool));
  const snapshot = (await agents.get(DEMO.agents.edge03)).manifest.tools.find((tool) => tool.name === DEMO.tools.snapshot);
  router.agents.restart(agentId, { tools: snapshot ? [...tools, snapshot] : tools, downtimeMs: 500 });

  await command("Wait until it is back with a fresh manifest, and see what changed", `xeroctl agents wait-manifest ${agentId} --since ${hash} --max-wait 30`, {
    show: (r) => r.stdout.trimEnd(), // the diff; the progress line on stderr is for a terminal
  });
}
