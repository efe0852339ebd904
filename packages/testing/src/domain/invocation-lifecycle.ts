import type { AgentRecord, InvocationRecord, WorldState } from "./state";
import { iso } from "./time";
import { resolveBehavior, type ResolvedToolBehavior } from "./tool-behavior";
import { FINAL_INVOCATION_STATUSES, type Agent, type Invocation, type InvocationStatus } from "./types";

const IN_FLIGHT: ReadonlySet<InvocationStatus> = new Set(["dispatched", "running"]);

/** Moves an invocation to `to`, recording the transition and keeping `inFlightByAgent` in step; a final status stamps times and cancels timers. */
export function transition(state: WorldState, rec: InvocationRecord, to: InvocationStatus, actor: string, reason: string | null = null, now = state.clock.now()): void {
  const inv = rec.invocation;
  const at = iso(now);
  const wasInFlight = inv.transitions.length > 0 && IN_FLIGHT.has(inv.status);
  if (inv.agent_id !== null && wasInFlight !== IN_FLIGHT.has(to)) {
    const count = (state.inFlightByAgent.get(inv.agent_id) ?? 0) + (wasInFlight ? -1 : 1);
    if (count > 0) state.inFlightByAgent.set(inv.agent_id, count);
    else state.inFlightByAgent.delete(inv.agent_id);
  }
  inv.transitions.push({ from: inv.transitions.length === 0 ? null : inv.status, to, at, actor, reason });
  inv.status = to;
  if (to === "running") inv.started_at = at;
  if (FINAL_INVOCATION_STATUSES.has(to)) {
    inv.finished_at = at;
    inv.duration_ms = inv.started_at === null ? null : Math.max(0, now - Date.parse(inv.started_at));
    for (const cancel of rec.timers.splice(0)) cancel();
  }
}

/** True once the invocation reached a final status. */
export function isFinished(rec: InvocationRecord): boolean {
  return FINAL_INVOCATION_STATUSES.has(rec.invocation.status);
}

/** Schedules a lifecycle step on the clock, remembering the cancel so cancel/dispose can stop it. */
function later(state: WorldState, rec: InvocationRecord, delayMs: number, fn: () => void): void {
  const cancel = state.clock.schedule(delayMs, () => {
    rec.timers = rec.timers.filter((c) => c !== cancel);
    fn();
  });
  rec.timers.push(cancel);
}

/**
 * Dispatches to `agent` now (event `exec.dispatched`), then simulates the run on the clock:
 * `running` after the start delay, and `completed` / `failed` after the tool's run time, or
 * `timeout` once its `timeout_ms` passes first. Behaviour is resolved at dispatch time.
 */
export function dispatchTo(state: WorldState, rec: InvocationRecord, agentRec: AgentRecord, actor: string, reason: string | null): void {
  const inv = rec.invocation;
  const agentId = agentRec.agent.id;
  inv.agent_id = agentId;
  for (const approvalId of inv.approval_ids) {
    const approval = state.approvals.get(approvalId)?.approval;
    if (approval) approval.agent_id = agentId;
  }
  transition(state, rec, "dispatched", actor, reason);
  state.events.append("exec.dispatched", inv);
  let behavior: ResolvedToolBehavior;
  try {
    const call = { invocationId: inv.id, toolName: inv.tool_name, workspaceId: inv.workspace_id, agentId, arguments: inv.arguments };
    behavior = resolveBehavior(state.behaviors.get(inv.tool_name), call, state.config.toolRunMs);
  } catch (error) {
    return failInternally(state, rec, `agent:${agentId}`, error);
  }
  scheduleStart(state, rec, agentRec, behavior, state.config.startDelayMs);
}

/** After `delayMs`, the agent starts the run (`running`), then {@link scheduleEnd}. */
export function scheduleStart(state: WorldState, rec: InvocationRecord, agentRec: AgentRecord, behavior: ResolvedToolBehavior, delayMs: number): void {
  later(state, rec, delayMs, () => {
    transition(state, rec, "running", `agent:${agentRec.agent.id}`);
    scheduleEnd(state, rec, agentRec, behavior, 0);
  });
}

/** Ends a running invocation on the clock: after the rest of its run time with its exit code, or at the tool's `timeout_ms` if sooner. */
export function scheduleEnd(state: WorldState, rec: InvocationRecord, agentRec: AgentRecord, behavior: ResolvedToolBehavior, elapsedMs: number): void {
  const inv = rec.invocation;
  const timeoutMs = agentRec.agent.manifest.tools.find((t) => t.name === inv.tool_name)?.timeout_ms ?? Number.POSITIVE_INFINITY;
  const actor = `agent:${agentRec.agent.id}`;
  if (behavior.runMs > timeoutMs) {
    const error = { code: "tool_timeout", message: `${inv.tool_name} exceeded its ${timeoutMs} ms timeout` };
    return later(state, rec, timeoutMs - elapsedMs, () => end(state, rec, "timeout", actor, "tool_timeout", error));
  }
  later(state, rec, behavior.runMs - elapsedMs, () => {
    try {
      endWithExit(state, rec, actor, behavior);
    } catch (error) {
      if (!isFinished(rec)) failInternally(state, rec, actor, error);
    }
  });
}

/** Ends a run: its error (if any), the final transition and the `exec.<status>` event. */
function end(state: WorldState, rec: InvocationRecord, to: "completed" | "failed" | "timeout", actor: string, reason: string | null, error?: Invocation["error"]): void {
  if (error) rec.invocation.error = error;
  transition(state, rec, to, actor, reason);
  state.events.append(`exec.${to}`, rec.invocation);
}

/** Fails a run whose simulated behaviour threw or was malformed (`failed`, `internal_error`): the router goes on. */
function failInternally(state: WorldState, rec: InvocationRecord, actor: string, error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  rec.invocation.exit_code = null;
  rec.output = { stdout: "", stderr: "", truncated: false, artifacts: [] };
  end(state, rec, "failed", actor, "internal_error", { code: "internal_error", message: `The simulated behaviour of ${rec.invocation.tool_name} failed: ${detail}` });
}

function endWithExit(state: WorldState, rec: InvocationRecord, actor: string, behavior: ResolvedToolBehavior): void {
  const inv = rec.invocation;
  inv.exit_code = behavior.exitCode;
  rec.output = { stdout: behavior.stdout, stderr: behavior.stderr, truncated: behavior.truncated, artifacts: [] };
  const chatId = behavior.artifacts.length > 0 ? state.ids("chat") : "";
  for (const spec of behavior.artifacts) {
    const encoding = spec.encoding ?? "utf-8";
    const size = encoding === "base64" ? base64Size(spec.content) : new TextEncoder().encode(spec.content).length;
    const ref = { id: state.ids("artifact"), name: spec.name, media_type: spec.mediaType ?? "text/plain", size_bytes: size, chat_id: chatId };
    rec.output.artifacts.push(ref);
    state.artifacts.set(ref.id, { ...ref, object: "artifact", encoding, content: spec.content });
  }
  if (behavior.exitCode === 0) end(state, rec, "completed", actor, null);
  else end(state, rec, "failed", actor, "non_zero_exit", { code: "non_zero_exit", message: `${inv.tool_name} exited with status ${behavior.exitCode}` });
}

/** Decoded size of base64 text. */
function base64Size(content: string): number {
  const clean = content.replace(/\s/g, "");
  const padding = clean.endsWith("==") ? 2 : clean.endsWith("=") ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** Whether `agent` may take a new call of `toolName` in `workspaceId`: a healthy, unpaused XEM bound to it that publishes the tool. */
export function canServe(state: WorldState, agent: Agent, workspaceId: string, toolName: string): boolean {
  return (
    agent.role === "xem" &&
    agent.status === "healthy" &&
    !agent.exec_paused &&
    !agent.paused_workspace_ids.includes(workspaceId) &&
    state.workspaces.get(workspaceId)?.bindings.has(agent.id) === true &&
    agent.manifest.tools.some((t) => t.name === toolName)
  );
}

/** The agent a new call would go to: the eligible bound agent with the fewest calls in flight (ties: binding order). */
export function chooseAgent(state: WorldState, workspaceId: string, toolName: string): AgentRecord | undefined {
  const ws = state.workspaces.get(workspaceId);
  if (!ws) return undefined;
  let best: { rec: AgentRecord; load: number } | undefined;
  for (const agentId of ws.bindings.keys()) {
    const rec = state.agents.get(agentId);
    if (!rec || !canServe(state, rec.agent, workspaceId, toolName)) continue;
    const load = state.inFlightByAgent.get(agentId) ?? 0;
    if (!best || load < best.load) best = { rec, load };
  }
  return best?.rec;
}

/** Dispatches the invocation if an eligible agent exists; returns whether it did. */
export function tryDispatch(state: WorldState, rec: InvocationRecord, actor: string, reason: string | null): boolean {
  const agent = chooseAgent(state, rec.invocation.workspace_id, rec.invocation.tool_name);
  if (!agent) return false;
  dispatchTo(state, rec, agent, actor, reason);
  return true;
}

/** Dispatches every queued invocation that can now run, oldest first (after a resume, bind, enrolment, recovery or new manifest). */
export function pump(state: WorldState): void {
  for (const rec of state.invocations.values()) {
    if (rec.invocation.status === "queued") tryDispatch(state, rec, "system", "agent available");
  }
}
