import { createAgents } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 6, Rotate credentials: CURVE keys confirmed by the next heartbeat, then join keys. */
export async function rotateCredentials({ client, print, command }: TourContext): Promise<void> {
  print.guide("Guide 6: Rotate credentials");
  const agents = createAgents(client);
  const agentId = DEMO.agents.fleet01;

  await command("Rotate the CURVE keys and wait for the heartbeat that proves it took effect", `xeroctl agents curve-rotate ${agentId} --reason "quarterly rotation" --wait --max-wait 10`, {
    show: (r) => `${r.stdout.trim()}\nthe heartbeat after the rotation shows the rotation took effect`,
  });

  // Several keys at once is a library call (xeroctl: agents join-keys <id> --revoke, then --create).
  print.step("Expire unused join keys and reissue a fresh one (agents.rotateJoinKeys)");
  const { revoked, created } = await agents.rotateJoinKeys({
    revoke: "unused",
    create: [{ name: "edge-east", region: "us-east-1", routerAddr: "tcp://127.0.0.1:5555" }],
  });
  print.detail(`revoked: ${revoked.map((k) => k.id).join(", ") || "none"}\ncreated: ${created.map((k) => `${k.id} (expires ${k.expires_at})`).join(", ")}`);
}
