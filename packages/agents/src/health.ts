import { NotFoundError, type XerotierClient } from "@xerotier/api";
import { AgentWaitTimeoutError, JoinKeyWaitTimeoutError } from "./errors";
import { getAgent } from "./resources";
import type { Agent, JoinKey, WaitOptions } from "./types";
import { duration, pollUntil } from "./wait";

const DEFAULT_TIMEOUT_MS = 120_000;
const DEFAULT_POLL_MS = 1_000;

/**
 * The deploy guide's "appears with a healthy status" check: polls the agent until its status is
 * `healthy`. An agent that does not exist yet (still enrolling) is waited for, not an error.
 * Throws {@link AgentWaitTimeoutError} after `timeoutMs` (default 2 min).
 */
export async function waitForHealthy(client: XerotierClient, agentId: string, options: WaitOptions = {}): Promise<Agent> {
  const timeoutMs = duration("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const pollMs = duration("pollMs", options.pollMs, DEFAULT_POLL_MS);
  let last: Agent | undefined;
  const healthy = await pollUntil(
    async () => {
      try {
        last = await getAgent(client, agentId, options.signal);
      } catch (error) {
        if (error instanceof NotFoundError) return undefined;
        throw error;
      }
      return last.status === "healthy" ? last : undefined;
    },
    { timeoutMs, pollMs, signal: options.signal },
  );
  if (!healthy) throw new AgentWaitTimeoutError(agentId, timeoutMs, last);
  return healthy;
}

/**
 * Waits until the XEM host has used a join key to enrol (the key turns `consumed`) and returns
 * the agent it enrolled: the deploy guide's bridge from "mint a key" to "see the agent".
 * Throws {@link JoinKeyWaitTimeoutError} after `timeoutMs` (default 2 min).
 */
export async function waitForEnrollment(client: XerotierClient, joinKeyId: string, options: WaitOptions = {}): Promise<Agent> {
  const timeoutMs = duration("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  const pollMs = duration("pollMs", options.pollMs, DEFAULT_POLL_MS);
  let last: JoinKey | undefined;
  const agentId = await pollUntil(
    async () => {
      const { data } = await client.GET("/v1/management/join-keys/{join_key_id}", {
        params: { path: { join_key_id: joinKeyId } },
        ...(options.signal ? { signal: options.signal } : {}),
      });
      last = data;
      return data.status === "consumed" && data.consumed_by_agent_id ? data.consumed_by_agent_id : undefined;
    },
    { timeoutMs, pollMs, signal: options.signal },
  );
  if (!agentId) throw new JoinKeyWaitTimeoutError(joinKeyId, timeoutMs, last);
  return getAgent(client, agentId, options.signal);
}
