import type { XerotierClient } from "@xerotier/api";
import { durationOption } from "@xerotier/api/internal";
import { ConfirmationRequiredError, CurveRotationTimeoutError, JoinKeyRotationError } from "./errors";
import { createJoinKey, getAgent, listJoinKeys, revokeJoinKey } from "./resources";
import type { CreateJoinKeyInput, CurveRotation, JoinKey, JoinKeyWithSecret } from "./types";
import { pollUntil } from "./wait";

/** Options of {@link Agents.rotateCurveKey}. */
export interface RotateCurveKeyOptions {
  /** Recorded in the audit log. */
  reason?: string;
  /** Must be `true`: rotation replaces the agent's key pair (checked at run time too, for JavaScript callers). */
  confirm: true;
  /** How long to wait for the confirming heartbeat. Default 60 000 ms (a few heartbeat intervals). */
  timeoutMs?: number;
  /** Aborting it stops the wait (the rotation itself has already happened). */
  signal?: AbortSignal;
  /** Delay between two reads of the agent. Default 1 000 ms. */
  pollMs?: number;
}

/** A confirmed CURVE rotation. */
export interface CurveRotationResult {
  /** The rotated agent. */
  agentId: string;
  /** The cut-over time the router recorded (RFC 3339). */
  rotatedAt: string;
  /** The first heartbeat seen strictly after `rotatedAt`: the evidence the rotation took effect. */
  heartbeatAt: string;
  /** The new public key (Z85). */
  curvePublicKey: string;
}

/**
 * `xeroctl agents curve-rotate <agent-id>` plus the guide's check: rotates the agent's CURVE
 * keys, then resolves only once the agent heartbeats strictly after the rotation time. Refuses
 * with {@link ConfirmationRequiredError} unless `confirm: true`; throws
 * {@link CurveRotationTimeoutError} (carrying `rotatedAt`) if no newer heartbeat arrives in time.
 *
 * @example
 * ```ts
 * const { rotatedAt, heartbeatAt } = await agents.rotateCurveKey("agt_xem_fleet_01", { reason: "quarterly", confirm: true });
 * ```
 */
export async function rotateCurveKey(client: XerotierClient, agentId: string, options: RotateCurveKeyOptions): Promise<CurveRotationResult> {
  if (options?.confirm !== true) throw new ConfirmationRequiredError("rotateCurveKey", `replaces the CURVE keys of agent '${agentId}'`);
  const timeoutMs = durationOption("timeoutMs", options.timeoutMs, 60_000);
  const pollMs = durationOption("pollMs", options.pollMs, 1_000);
  const { data: rotation } = await client.POST("/v1/management/agents/{agent_id}/curve-rotate", {
    params: { path: { agent_id: agentId } },
    body: options.reason === undefined ? {} : { reason: options.reason },
  });
  const confirms = await heartbeatCheck(client, agentId, rotation.rotated_at, options.signal);
  let lastHeartbeatAt: string | null | undefined;
  const heartbeatAt = await pollUntil(
    async () => {
      const agent = await getAgent(client, agentId, options.signal);
      lastHeartbeatAt = agent.last_heartbeat_at;
      return confirms(lastHeartbeatAt) ? (lastHeartbeatAt as string) : undefined;
    },
    { timeoutMs, pollMs, signal: options.signal },
  );
  const result = { rotatedAt: rotation.rotated_at, curvePublicKey: rotation.curve_public_key };
  if (!heartbeatAt) throw new CurveRotationTimeoutError(agentId, timeoutMs, result, lastHeartbeatAt);
  return { agentId, ...result, heartbeatAt };
}

/**
 * What proves the rotation took effect: a heartbeat strictly after `rotated_at` (one stamped at
 * the rotation instant may predate the new key). When `rotated_at` is missing or unreadable, the
 * heartbeat seen in a read made after the rotation answered is the baseline instead: it may
 * predate the new key, so only a strictly newer one confirms.
 */
async function heartbeatCheck(client: XerotierClient, agentId: string, rotatedAt: unknown, signal?: AbortSignal): Promise<(at: unknown) => boolean> {
  let floorMs = typeof rotatedAt === "string" ? Date.parse(rotatedAt) : Number.NaN;
  if (!Number.isFinite(floorMs)) {
    const baseline = (await getAgent(client, agentId, signal)).last_heartbeat_at;
    floorMs = typeof baseline === "string" && Number.isFinite(Date.parse(baseline)) ? Date.parse(baseline) : Number.NEGATIVE_INFINITY;
  }
  return (at) => typeof at === "string" && Date.parse(at) > floorMs;
}

/** Options of {@link Agents.startCurveRotation}: the rotation without waiting for the confirming heartbeat. */
export type StartCurveRotationOptions = Pick<RotateCurveKeyOptions, "reason" | "confirm">;

/**
 * Rotates the agent's CURVE keys and returns the router's answer at once, without waiting for a
 * confirming heartbeat (use {@link rotateCurveKey} for that). Refuses with
 * {@link ConfirmationRequiredError} unless `confirm: true`.
 *
 * @example
 * ```ts
 * const { rotated_at } = await agents.startCurveRotation("agt_xem_fleet_01", { reason: "quarterly", confirm: true });
 * ```
 */
export async function startCurveRotation(client: XerotierClient, agentId: string, options: StartCurveRotationOptions): Promise<CurveRotation> {
  if (options?.confirm !== true) throw new ConfirmationRequiredError("startCurveRotation", `replaces the CURVE keys of agent '${agentId}'`);
  const { data } = await client.POST("/v1/management/agents/{agent_id}/curve-rotate", {
    params: { path: { agent_id: agentId } },
    body: options.reason === undefined ? {} : { reason: options.reason },
  });
  return data;
}

/** Input of {@link Agents.rotateJoinKeys}. */
export interface RotateJoinKeysInput {
  /**
   * `"unused"`: every key the server lists as `active` (minted, never consumed, unexpired); a
   * listed key whose status is anything else or missing is left alone and reported in `skipped`.
   * Or explicit key ids.
   */
  revoke: "unused" | readonly string[];
  /** Keys to mint afterwards (default none). */
  create?: readonly CreateJoinKeyInput[];
}

/** What {@link Agents.rotateJoinKeys} did. */
export interface JoinKeyRotationResult {
  /** The revoked keys, as the router answered. */
  revoked: JoinKey[];
  /** The fresh keys with their one-time secrets: capture them now. */
  created: JoinKeyWithSecret[];
  /** With `revoke: "unused"`: keys listed whose status is not known `active`, so not revoked (never on a guess). */
  skipped: JoinKey[];
}

/**
 * The rotate-credentials guide's join-key case in one call: revokes unused (or the given) join
 * keys, then mints fresh ones. Keys are revoked before any is minted, so a fresh key is never
 * revoked by its own rotation. Stops at the first failure with {@link JoinKeyRotationError},
 * which lists what was already revoked and created; calling again is safe (revoking is idempotent).
 *
 * @example
 * ```ts
 * const { revoked, created } = await agents.rotateJoinKeys({
 *   revoke: "unused",
 *   create: [{ name: "edge-east", region: "us-east-1", routerAddr: "tcp://router.example.com:5555" }],
 * });
 * ```
 */
export async function rotateJoinKeys(client: XerotierClient, input: RotateJoinKeysInput): Promise<JoinKeyRotationResult> {
  const revoked: JoinKey[] = [];
  const created: JoinKeyWithSecret[] = [];
  const skipped: JoinKey[] = [];
  let ids: readonly string[];
  try {
    if (input.revoke === "unused") {
      const listed = await listJoinKeys(client, { status: "active" }).toArray();
      // A server that ignores the filter or sends no status must not get used keys revoked.
      skipped.push(...listed.filter((k) => k.status !== "active"));
      ids = listed.filter((k) => k.status === "active").map((k) => k.id);
    } else ids = input.revoke;
  } catch (error) {
    throw new JoinKeyRotationError("listing unused join keys", error, revoked, created);
  }
  for (const id of ids) {
    try {
      revoked.push(await revokeJoinKey(client, id));
    } catch (error) {
      throw new JoinKeyRotationError(`revoking ${id}`, error, revoked, created);
    }
  }
  for (const spec of input.create ?? []) {
    try {
      created.push(await createJoinKey(client, spec));
    } catch (error) {
      throw new JoinKeyRotationError(`creating '${spec.name}'`, error, revoked, created);
    }
  }
  return { revoked, created, skipped };
}
