// The few safe writes of `write: true`: a join key created and revoked at once, and one
// invocation of a tool whose risk is exactly `read`, taking no argument, in the given workspace.
// Each write is undone by the probe itself when it can be (revoke; cancel if it waits for a human),
// and what it could not undo is reported as a leftover.
import { callOperation } from "./calls";
import { isJsonObject } from "../fixtures/format";
import { probeList, type ListSample, type ReadSamples } from "./read-probes";
import { operationLog, skip, type ProbeState } from "./state";

/** Lifetime asked for the probe's join key, in case its revocation fails. */
export const PROBE_JOIN_KEY_HOURS = 1;

const ROUTER_ADDR = /^tcp:\/\/[^\s/]+:[0-9]+$/;

/** Runs the writes the options allow. */
export async function probeWrites(state: ProbeState, samples: ReadSamples, workspaceId: string | undefined): Promise<void> {
  await probeJoinKey(state, samples.joinKeys);
  await probeInvocation(state, workspaceId);
}

/** Creates a join key with the region and router address of an existing one, and revokes it. */
async function probeJoinKey(state: ProbeState, joinKeys: ListSample): Promise<void> {
  if (!joinKeys.allowed) {
    for (const operationId of ["createJoinKey", "revokeJoinKey"]) operationLog(state, operationId).notAllowed ??= operationLog(state, "listJoinKeys").notAllowed ?? "HTTP 403";
    return;
  }
  const model = joinKeys.items.find((k) => typeof k.region === "string" && typeof k.router_addr === "string" && ROUTER_ADDR.test(k.router_addr));
  if (!model) {
    for (const operationId of ["createJoinKey", "revokeJoinKey"]) skip(state, operationId, "no listed join key to take a region and router address from");
    return;
  }
  const name = `xeroctl-doctor-${crypto.randomUUID().slice(0, 8)}`;
  const body = { name, region: model.region, router_addr: model.router_addr, role: "xem", expires_in_hours: PROBE_JOIN_KEY_HOURS };
  const created = await callOperation(state, "createJoinKey", { body });
  if (created.kind !== "ok") return skip(state, "revokeJoinKey", "the join key could not be created");
  const key = isJsonObject(created.data) ? created.data : {};
  if (typeof key.key === "string" && key.key !== "") state.secrets.push(key.key);
  if (typeof key.id !== "string") {
    state.leftovers.push(`Join key '${name}' was created but the answer carried no id: revoke it by hand (it expires in ${PROBE_JOIN_KEY_HOURS} h).`);
    return skip(state, "revokeJoinKey", "the created join key had no id");
  }
  const revoked = await callOperation(state, "revokeJoinKey", { path: { join_key_id: key.id }, cleanup: true });
  const status = revoked.kind === "ok" && isJsonObject(revoked.data) ? revoked.data.status : undefined;
  if (revoked.kind !== "ok") {
    state.leftovers.push(`Join key ${key.id} ('${name}') could not be revoked: run 'xeroctl api DELETE /v1/management/join-keys/${key.id}' (it expires in ${PROBE_JOIN_KEY_HOURS} h).`);
  } else if (status !== "revoked") {
    state.leftovers.push(`Join key ${key.id} ('${name}') answered status ${JSON.stringify(status ?? null)} to its revocation: check it with 'xeroctl agents join-keys list'.`);
  }
}

/**
 * Invokes one tool of the workspace whose risk is exactly `read` and whose parameters require
 * nothing, with no argument; reads it back, and cancels it if it waits for an approval (the
 * probe never leaves a human a request to decide).
 */
async function probeInvocation(state: ProbeState, workspaceId: string | undefined): Promise<void> {
  if (workspaceId === undefined) return skip(state, "createInvocation", "needs a workspace for the read-only invocation (--workspace)");
  const tools = await probeList(state, "listTools", { maxPages: 1, pageSize: 100 }, { query: { workspace_id: workspaceId } }, (t) => t.name);
  const tool = tools.items.find((t) => t.risk === "read" && typeof t.name === "string" && requiresNoArgument(t.parameters));
  if (!tool) return skip(state, "createInvocation", `no tool of risk "read" without required arguments in ${workspaceId}`);
  const created = await callOperation(state, "createInvocation", { body: { workspace_id: workspaceId, tool_name: tool.name, arguments: {} } });
  const invocation = created.kind === "ok" && isJsonObject(created.data) ? created.data : undefined;
  if (typeof invocation?.id !== "string") return;
  operationLog(state, "createInvocation").notes.push(`invoked ${String(tool.name)} in ${workspaceId} (${invocation.id})`);
  const shown = await callOperation(state, "getInvocation", { path: { invocation_id: invocation.id }, context: "the doctor's invocation" });
  const status = shown.kind === "ok" && isJsonObject(shown.data) ? shown.data.status : invocation.status;
  if (status !== "pending_approval") return;
  const cancelled = await callOperation(state, "cancelInvocation", { path: { invocation_id: invocation.id }, cleanup: true });
  if (cancelled.kind !== "ok") state.leftovers.push(`Invocation ${invocation.id} waits for an approval and could not be cancelled: run 'xeroctl exec cancel ${invocation.id}'.`);
}

/** A parameter schema that requires no argument (an object schema with an empty or absent `required`). */
function requiresNoArgument(parameters: unknown): boolean {
  return isJsonObject(parameters) && (parameters.required === undefined || (Array.isArray(parameters.required) && parameters.required.length === 0));
}
