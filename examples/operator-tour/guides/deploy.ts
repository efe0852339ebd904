import { createAgents } from "@xerotier/agents";
import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 1, Deploy your first XEM: mint a join key, enrol, see it healthy, inspect it, bind it. */
export async function deployFirstXem({ client, router, print, command }: TourContext): Promise<string> {
  print.guide("Guide 1: Deploy your first XEM");
  const agents = createAgents(client);
  const { parameters, name, description, risk, domain, timeout_ms } = await createExec(client).tool(DEMO.tools.read);

  // The key arrives on stdout at once; the XEM host (simulated by the reference router) enrols with it.
  let enrolledAs: string | undefined;
  const minted = await command(
    "Mint a single-use join key and wait for the XEM host that enrols with XEM_JOIN_KEY",
    "xeroctl agents join-keys --create --name edge-tour --region eu-west-1 --router-addr tcp://127.0.0.1:5555 --wait --max-wait 10",
    {
      onStdout: (text) => {
        enrolledAs ??= router.world.enrollAgent({ joinKey: text.trim(), registrationName: "xem-tour-01", tools: [{ name, description, risk, domain, timeout_ms, parameters }] }).id;
      },
      show: (r) => `key shown once: ${r.stdout.slice(0, 8)}…\n${r.stderr.trimEnd()}`,
    },
  );
  const agentId = enrolledAs ?? /Agent (\S+)/.exec(minted.stderr)?.[1];
  if (!agentId) throw new Error("no agent enrolled");

  await agents.waitForHealthy(agentId, { maxWaitMs: 10_000 });
  await command("The new agent appears with a healthy status", "xeroctl agents");
  await command("Inspect what it published", `xeroctl agents ${agentId}`);
  await command("Bind it to a workspace", `xeroctl workspaces bind ${DEMO.workspaces.staging} --agent ${agentId}`);
  return agentId;
}
