import { found, RouterError } from "./router-error";
import { paginate, where } from "./paginate";
import type { JoinKeyRecord, WorldState } from "./state";
import { iso } from "./time";
import type { JoinKey, JoinKeyCreateInput, JoinKeyFilter, JoinKeyWithSecret, Page } from "./types";

/** Single-use enrolment keys. */
export interface JoinKeysApi {
  /** Newest first, without secrets. */
  list(filter?: JoinKeyFilter): Page<JoinKey>;
  /** Mints a key; the secret `key` is in this return value only. */
  create(input: JoinKeyCreateInput): JoinKeyWithSecret;
  /** 404 `join_key_not_found` when unknown. */
  get(id: string): JoinKey;
  /** Revokes (idempotent: a revoked key is returned unchanged). */
  revoke(id: string): JoinKey;
}

/** The key as the API shows it: `expired` once past `expires_at` (computed from the clock). */
export function joinKeyView(state: WorldState, rec: JoinKeyRecord): JoinKey {
  const key = structuredClone(rec.joinKey);
  if (key.status === "active" && Date.parse(key.expires_at) <= state.clock.now()) key.status = "expired";
  return key;
}

/** Finds the key holding `secret` and checks it can enrol (active, unexpired); the error never repeats the secret. */
export function usableJoinKey(state: WorldState, secret: string): JoinKeyRecord {
  const rec = [...state.joinKeys.values()].find((r) => r.secret === secret);
  if (!rec) throw new RouterError(404, "join_key_not_found", "No join key matches the given secret.", { param: "join_key" });
  const status = joinKeyView(state, rec).status;
  if (status !== "active") {
    throw new RouterError(409, `join_key_${status}`, `Join key '${rec.joinKey.id}' is ${status} and cannot enrol an agent.`, { param: "join_key" });
  }
  return rec;
}

/** Stores a join key created `at`, valid `expires_in_hours` (default 24); id and secret are minted unless given (seeds give them, a status and its agent). */
export function addJoinKey(state: WorldState, input: JoinKeyCreateInput, at: number, given: { id?: string; secret?: string; status?: JoinKey["status"]; consumedBy?: string } = {}): JoinKeyRecord {
  const joinKey: JoinKey = {
    id: given.id ?? state.ids("join_key"),
    object: "join_key",
    name: input.name,
    region: input.region,
    router_addr: input.router_addr,
    role: input.role ?? "xem",
    status: given.status ?? "active",
    expires_at: iso(at + (input.expires_in_hours ?? 24) * 3_600_000),
    created_at: iso(at),
    consumed_by_agent_id: given.consumedBy ?? null,
  };
  const rec: JoinKeyRecord = { joinKey, secret: given.secret ?? state.ids("join_key_secret") };
  state.joinKeys.set(joinKey.id, rec);
  return rec;
}

/** Creates the join keys API over the world state. */
export function createJoinKeysApi(state: WorldState): JoinKeysApi {
  const find = (id: string) => found(state.joinKeys, "join_key", id);
  return {
    list(filter = {}) {
      const all = [...state.joinKeys.values()].map((r) => joinKeyView(state, r)).reverse(); // newest first: insertion order is creation order
      return paginate(all, filter, (k) => k.id, where(filter));
    },
    create(input) {
      const rec = addJoinKey(state, input, state.clock.now());
      return { ...joinKeyView(state, rec), key: rec.secret };
    },
    get: (id) => joinKeyView(state, find(id)),
    revoke(id) {
      const rec = find(id);
      rec.joinKey.status = "revoked";
      return joinKeyView(state, rec);
    },
  };
}
