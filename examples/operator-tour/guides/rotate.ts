import { DEMO } from "@xerotier/testing";
import { waitFor, type TourContext } from "../context";

/** Guide 6, Rotate credentials: CURVE keys with heartbeat confirmation, then join keys. */
export async function rotateCredentials({ client, print }: TourContext): Promise<void> {
  print.guide("Guide 6: Rotate credentials");
  const agentId = DEMO.agents.fleet01;

  print.step("Rotate the CURVE keys", `xeroctl agents curve-rotate ${agentId} --reason "quarterly rotation"`);
  const { data: rotation } = await client.POST("/v1/management/agents/{agent_id}/curve-rotate", {
    params: { path: { agent_id: agentId } },
    body: { reason: "quarterly rotation" },
  });
  print.detail(`rotated at ${rotation.rotated_at}; new public key ${rotation.curve_public_key.slice(0, 12)}…`);

  print.step("Confirm the heartbeat advanced past the rotation", `xeroctl agents ${agentId}`);
  const agent = await waitFor(async () => {
    const { data } = await client.GET("/v1/management/agents/{agent_id}", { params: { path: { agent_id: agentId } } });
    return data.last_heartbeat_at && Date.parse(data.last_heartbeat_at) > Date.parse(rotation.rotated_at) ? data : undefined;
  });
  print.detail(`last heartbeat ${agent.last_heartbeat_at}: the rotation took effect`);

  print.step("Expire unused join keys", "xeroctl agents join-keys <id> --revoke");
  for await (const key of client.paginate("/v1/management/join-keys", { params: { query: { status: "active" } } })) {
    const { data: revoked } = await client.DELETE("/v1/management/join-keys/{join_key_id}", { params: { path: { join_key_id: key.id } } });
    print.detail(`${revoked.id} ${revoked.status}`);
  }

  print.step("Reissue a fresh one", "xeroctl agents join-keys --create --name edge-east --region us-east-1 --router-addr tcp://127.0.0.1:5555");
  const { data: fresh } = await client.POST("/v1/management/join-keys", {
    body: { name: "edge-east", region: "us-east-1", router_addr: "tcp://127.0.0.1:5555" },
  });
  print.detail(`${fresh.id} ${fresh.status}, expires ${fresh.expires_at}`);
}
