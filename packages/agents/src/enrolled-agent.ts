import type { XerotierClient } from "@xerotier/api";
import { pagingOf, type ReadOptions } from "@xerotier/api/internal";
import type { Agent, JoinKey } from "./types";

/** Agents read per look-up when a join key does not name the agent it enrolled. */
const MAX_AGENTS_SCANNED = 1_000;

/** The ids of the agents that exist now: the "before" of an enrolment seen without `consumed_by_agent_id`. */
export async function agentIdsNow(client: XerotierClient, options?: ReadOptions): Promise<Set<string>> {
  const agents = await readAgents(client, options);
  return new Set(agents.map((a) => a.id));
}

/**
 * Finds the agent a join key enrolled when the key does not say (`consumed_by_agent_id` is not
 * in the public docs). Only evidence counts, in this order; anything ambiguous is no answer:
 * 1. exactly one agent whose `registration_name` (or `name`) equals the key's `name` and that was
 *    not created before the key;
 * 2. when the key is known `consumed`: exactly one agent of the key's region and role, created
 *    no earlier than the key, that was absent when the wait started (`before`).
 */
export async function findEnrolledAgent(
  client: XerotierClient,
  key: JoinKey,
  before: ReadonlySet<string> | undefined,
  options?: ReadOptions,
): Promise<Agent | undefined> {
  const agents = (await readAgents(client, options)).filter((agent) => !createdBefore(agent, key));
  const byName = agents.filter((a) => typeof key.name === "string" && (a.registration_name === key.name || a.name === key.name));
  if (byName.length === 1) return byName[0];
  if (byName.length > 1 || key.status !== "consumed" || before === undefined) return undefined;
  const fresh = agents.filter((a) => typeof a.id === "string" && !before.has(a.id) && sameOrigin(a, key));
  return fresh.length === 1 ? fresh[0] : undefined;
}

async function readAgents(client: XerotierClient, options?: ReadOptions): Promise<Agent[]> {
  const { paging, request } = pagingOf({ ...options, maxItems: MAX_AGENTS_SCANNED });
  return client.paginate("/v1/management/agents", request, paging).toArray();
}

// Known to predate the key: both times present and the agent's earlier. Unknown times exclude nothing.
function createdBefore(agent: Agent, key: JoinKey): boolean {
  const agentAt = Date.parse(String(agent.created_at));
  const keyAt = Date.parse(String(key.created_at));
  return Number.isFinite(agentAt) && Number.isFinite(keyAt) && agentAt < keyAt;
}

// The enrolled agent inherits the key's region and role; a field either side lacks does not exclude.
function sameOrigin(agent: Agent, key: JoinKey): boolean {
  const same = (a: unknown, b: unknown) => typeof a !== "string" || typeof b !== "string" || a === b;
  return same(agent.region, key.region) && same(agent.role, key.role);
}
