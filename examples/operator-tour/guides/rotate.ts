import { createAgents } from "@xerotier/agents";
import { DEMO } from "@xerotier/testing";
import type { TourContext } from "../context";

/** Guide 6, Rotate credentials: CURVE keys confirmed by the next heartbeat, then join keys. */
export async function rotateCredentials({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 6: Rotate credentials");
  const agents = createAgents(client);
  const agentId = DEMO.agents.fleet01;

  print.step("Rotate the CURVE keys and wait for the heartbeat that proves it took effect", `xeroctl agents curve-rotate ${agentId} --reason "quarterly rotation" --wait`);
  const rotation = await agents.rotateCurveKey(agentId, { reason: "quarterly rotation", confirm: true, timeoutMs: 10_000 });
  print.detail(`rotated at ${rotation.rotatedAt}; new public key ${rotation.curvePublicKey.slice(0, 12)}…\nheartbeat at ${rotation.heartbeatAt}: the rotation took effect`);

  print.step("Expire unused join keys and reissue a fresh one", "xeroctl agents join-keys <id> --revoke && xeroctl agents join-keys --create --name edge-east --region us-east-1 --router-addr tcp://127.0.0.1:5555");
  const { revoked, created } = await agents.rotateJoinKeys({
    revoke: "unused",
    create: [{ name: "edge-east", region: "us-east-1", routerAddr: "tcp://127.0.0.1:5555" }],
  });
  print.detail(`revoked: ${revoked.map((k) => k.id).join(", ") || "none"}\ncreated: ${created.map((k) => `${k.id} (expires ${k.expires_at})`).join(", ")}`);
}
