import type { WorldState } from "../domain/state";
import { iso } from "../domain/time";
import { DEMO } from "./demo-ids";
import { DEMO_BEHAVIORS, DEMO_TOOLS } from "./demo-tools";
import { createTimeline, seedAgent, seedGatedCall } from "./history";

const D = 24 * 60 * 60 * 1000;
const O = DEMO.other;

/**
 * The demo seed of the second project (`proj_other`): one workspace, one healthy XEM and one
 * pending destructive approval, none of which the demo project can see.
 */
export function seedOther(state: WorldState): void {
  const now = state.clock.now();
  const timeline = createTimeline(state);
  for (const [name, behavior] of Object.entries(DEMO_BEHAVIORS)) state.behaviors.set(name, behavior);
  state.workspaces.set(O.workspace, {
    workspace: { id: O.workspace, object: "workspace", name: "other-prod", type: "kubernetes", agent_ids: [], created_at: iso(now - 10 * D) },
    bindings: new Map(),
  });
  seedAgent(state, timeline, {
    id: O.agent, name: "xem-other-01", region: "us-east-1", workerId: "wrk_0th3", joinKeyId: "jk_other_01", workspaceIds: [O.workspace],
    tools: [DEMO_TOOLS[DEMO.tools.read]!, DEMO_TOOLS[DEMO.tools.destructive]!], createdAt: now - 9 * D, lastHeartbeatAt: now,
    curvePublicKey: "0th3rCurv3Publ1cK3y0th3rCurv3Publ1cK3y00",
  });
  seedGatedCall(state, timeline, {
    invocationId: O.pendingApprovalInvocation, approvalId: "0a3a0000-0000-4000-8000-000000000001", workspaceId: O.workspace, agentId: O.agent,
    toolName: DEMO.tools.destructive, risk: "destructive", arguments: { node: "node-1" }, requestedBy: "api_key:other_admin",
    prompt: "Drain node-1 in other-prod", createdAt: now - 60_000,
  });
  timeline.flush();
}
