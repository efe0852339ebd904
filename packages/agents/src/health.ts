import { NotFoundError, type XerotierClient } from "@xerotier/api";
import { AgentWaitTimeoutError, JoinKeyWaitTimeoutError } from "./errors";
import { unknownStatusReporter, waitFor, waitRequestOptions, withSpan } from "@xerotier/api/internal";
import { agentIdsNow, findEnrolledAgent } from "./enrolled-agent";
import { getAgent } from "./resources";
import type { Agent, JoinKey, WaitOptions } from "./types";

const DEFAULT_MAX_WAIT_MS = 120_000;
const AGENT_STATUSES: ReadonlySet<unknown> = new Set(["pending", "healthy", "degraded", "offline"]);
const JOIN_KEY_STATUSES: ReadonlySet<unknown> = new Set(["active", "consumed", "revoked", "expired"]);

/**
 * The deploy guide's "appears with a healthy status" check: polls the agent until its status is
 * `healthy`. An agent that does not exist yet (still enrolling) is waited for, not an error.
 * An unknown status is reported once (`onUnknownStatus` / `logger`) and waited through.
 * Throws {@link AgentWaitTimeoutError} after `maxWaitMs` (default 2 min).
 */
export function waitForHealthy(client: XerotierClient, agentId: string, options: WaitOptions = {}): Promise<Agent> {
  return withSpan(client, "xerotier.agents.wait_for_healthy", { "xerotier.agent_id": agentId }, () => pollHealthy(client, agentId, options));
}

/** waitForHealthy's work, inside its span. */
async function pollHealthy(client: XerotierClient, agentId: string, options: WaitOptions = {}): Promise<Agent> {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const reportUnknown = unknownStatusReporter("agent", agentId, options);
  let last: Agent | undefined;
  return waitFor({
    read: async (signal) => {
      try {
        last = await getAgent(client, agentId, waitRequestOptions(options, signal));
      } catch (error) {
        if (error instanceof NotFoundError) return undefined; // still enrolling
        throw error;
      }
      if (!AGENT_STATUSES.has(last?.status)) reportUnknown(last?.status);
      return last;
    },
    done: (agent): agent is Agent => agent?.status === "healthy",
    timeoutError: () => new AgentWaitTimeoutError(agentId, maxWaitMs, last),
    maxWaitMs,
    pollIntervalMs: options.pollIntervalMs,
    signal: options.signal,
  });
}

/**
 * Waits until the XEM host has used a join key to enrol and returns the agent it enrolled: the
 * deploy guide's bridge from "mint a key" to "see the agent". The key's `consumed_by_agent_id`
 * names the agent when the server sends it; otherwise (it is not in the public docs) the agent
 * is found by evidence only: the one agent registered under the key's name, or, once the key is
 * known `consumed`, the one new agent of its region and role that appeared during the wait (see
 * `findEnrolledAgent`). An ambiguous match is never taken: the wait goes on.
 * Throws {@link JoinKeyWaitTimeoutError} after `maxWaitMs` (default 2 min).
 */
export function waitForEnrollment(client: XerotierClient, joinKeyId: string, options: WaitOptions = {}): Promise<Agent> {
  return withSpan(client, "xerotier.agents.wait_for_enrollment", { "xerotier.join_key_id": joinKeyId }, () => pollEnrollment(client, joinKeyId, options));
}

/** waitForEnrollment's work, inside its span. */
async function pollEnrollment(client: XerotierClient, joinKeyId: string, options: WaitOptions = {}): Promise<Agent> {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const reportUnknown = unknownStatusReporter("join_key", joinKeyId, options);
  let last: JoinKey | undefined;
  let before: Set<string> | undefined; // agents that existed while the key was still known unused
  let sawActiveSinceBefore = false; // only then is an agent missing from `before` new to this key
  return waitFor({
    read: async (signal) => {
      const request = waitRequestOptions(options, signal);
      const { data } = await client.GET("/v1/management/join-keys/{join_key_id}", {
        params: { path: { join_key_id: joinKeyId } },
        ...request,
      });
      last = data;
      if (data.status !== undefined && !JOIN_KEY_STATUSES.has(data.status)) reportUnknown(data.status);
      if (typeof data.consumed_by_agent_id === "string" && data.consumed_by_agent_id) return getAgent(client, data.consumed_by_agent_id, request);
      if (before !== undefined && data.status === "active") sawActiveSinceBefore = true;
      before ??= await agentIdsNow(client, request);
      return findEnrolledAgent(client, data, sawActiveSinceBefore ? before : undefined, request);
    },
    done: (found): found is Agent => found !== undefined,
    timeoutError: () => new JoinKeyWaitTimeoutError(joinKeyId, maxWaitMs, last),
    maxWaitMs,
    pollIntervalMs: options.pollIntervalMs,
    signal: options.signal,
  });
}
