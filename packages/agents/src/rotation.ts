import type { RequestOptions, XerotierClient } from "@xerotier/api";
import { ConfirmationRequiredError, CurveRotationTimeoutError, JoinKeyRotationError } from "./errors";
import { abortError, durationOption, readOptions, type ReadOptions, waitFor, waitRequestOptions, withSpan, writeOptions } from "@xerotier/api/internal";
import { createJoinKey, getAgent, listJoinKeys, revokeJoinKey } from "./resources";
import type { CreateJoinKeyInput, CurveRotation, JoinKey, JoinKeyWithSecret, WaitOptions } from "./types";

/** What {@link Agents.rotateCurveKey} and {@link Agents.startCurveRotation} send. */
export interface CurveRotationInput {
  /** Recorded in the audit log. */
  reason?: string;
  /** Must be `true`: rotation replaces the agent's key pair (checked at run time too, for JavaScript callers). */
  confirm: true;
}

/**
 * Options of {@link Agents.rotateCurveKey}: a wait (see {@link WaitOptions}) after one write.
 * `maxWaitMs` bounds the wait for the confirming heartbeat (default 60 000 ms, a few heartbeat
 * intervals); `timeoutMs` and `maxRetries` apply to each request; aborting `signal` stops the
 * call with `APIUserAbortError` (once the rotation was sent, it has happened); `idempotencyKey`
 * goes with the rotation request.
 */
export interface RotateCurveKeyOptions extends WaitOptions {
  /** The `Idempotency-Key` of the rotation request. */
  idempotencyKey?: string | undefined;
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
 * const { rotatedAt, heartbeatAt } = await agents.rotateCurveKey("agt_xem_fleet_01", { reason: "quarterly", confirm: true }, { maxWaitMs: 120_000 });
 * ```
 */
export async function rotateCurveKey(
  client: XerotierClient,
  agentId: string,
  input: CurveRotationInput,
  options: RotateCurveKeyOptions = {},
): Promise<CurveRotationResult> {
  if (input?.confirm !== true) throw new ConfirmationRequiredError("rotateCurveKey", `replaces the CURVE keys of agent '${agentId}'`);
  // Both checked before the rotation is sent: a bad one must not leave a rotated agent behind.
  const maxWaitMs = durationOption("maxWaitMs", options.maxWaitMs, 60_000);
  durationOption("pollIntervalMs", options.pollIntervalMs, 0);
  const request = readOptions(options);
  const rotation = await sendRotation(client, agentId, input, { ...request, idempotencyKey: options.idempotencyKey });
  const confirms = await heartbeatCheck(client, agentId, rotation.rotated_at, request);
  const result = { rotatedAt: rotation.rotated_at, curvePublicKey: rotation.curve_public_key };
  // The wait for a confirming heartbeat is its own span, parent of its reads.
  const heartbeatAt = await withSpan(client, "xerotier.agents.rotate_curve_key.wait_for_heartbeat", { "xerotier.agent_id": agentId }, async () => {
    const agent = await waitFor({
      read: (signal) => getAgent(client, agentId, waitRequestOptions(options, signal)),
      done: (read) => confirms(read.last_heartbeat_at),
      timeoutError: (last) => new CurveRotationTimeoutError(agentId, maxWaitMs, result, last?.last_heartbeat_at),
      maxWaitMs,
      pollIntervalMs: options.pollIntervalMs,
      signal: options.signal,
    });
    return agent.last_heartbeat_at as string;
  });
  return { agentId, ...result, heartbeatAt };
}

/**
 * What proves the rotation took effect: a heartbeat strictly after `rotated_at` (one stamped at
 * the rotation instant may predate the new key). When `rotated_at` is missing or unreadable, the
 * heartbeat seen in a read made after the rotation answered is the baseline instead: it may
 * predate the new key, so only a strictly newer one confirms.
 */
async function heartbeatCheck(client: XerotierClient, agentId: string, rotatedAt: unknown, request: ReadOptions): Promise<(at: unknown) => boolean> {
  let floorMs = typeof rotatedAt === "string" ? Date.parse(rotatedAt) : Number.NaN;
  if (!Number.isFinite(floorMs)) {
    const baseline = (await getAgent(client, agentId, request)).last_heartbeat_at;
    floorMs = typeof baseline === "string" && Number.isFinite(Date.parse(baseline)) ? Date.parse(baseline) : Number.NEGATIVE_INFINITY;
  }
  return (at) => typeof at === "string" && Date.parse(at) > floorMs;
}

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
export async function startCurveRotation(
  client: XerotierClient,
  agentId: string,
  input: CurveRotationInput,
  options?: RequestOptions,
): Promise<CurveRotation> {
  if (input?.confirm !== true) throw new ConfirmationRequiredError("startCurveRotation", `replaces the CURVE keys of agent '${agentId}'`);
  return sendRotation(client, agentId, input, options);
}

async function sendRotation(client: XerotierClient, agentId: string, input: CurveRotationInput, options?: RequestOptions): Promise<CurveRotation> {
  const { data } = await client.POST("/v1/management/agents/{agent_id}/curve-rotate", {
    params: { path: { agent_id: agentId } },
    body: input.reason === undefined ? {} : { reason: input.reason },
    ...writeOptions(options),
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
 * `options` apply to each request; an abort rejects with `APIUserAbortError`.
 *
 * @example
 * ```ts
 * const { revoked, created } = await agents.rotateJoinKeys({
 *   revoke: "unused",
 *   create: [{ name: "edge-east", region: "us-east-1", routerAddr: "tcp://router.example.com:5555" }],
 * });
 * ```
 */
export async function rotateJoinKeys(client: XerotierClient, input: RotateJoinKeysInput, options?: ReadOptions): Promise<JoinKeyRotationResult> {
  const request = readOptions(options);
  const revoked: JoinKey[] = [];
  const created: JoinKeyWithSecret[] = [];
  const skipped: JoinKey[] = [];
  // A caller's abort is not a rotation failure: it rejects like every aborted call.
  const failure = (step: string, error: unknown) => (request.signal?.aborted ? abortError(request.signal) : new JoinKeyRotationError(step, error, revoked, created));
  let ids: readonly string[];
  try {
    if (input.revoke === "unused") {
      const listed = await listJoinKeys(client, { status: "active" }, request).toArray();
      // A server that ignores the filter or sends no status must not get used keys revoked.
      skipped.push(...listed.filter((k) => k.status !== "active"));
      ids = listed.filter((k) => k.status === "active").map((k) => k.id);
    } else ids = input.revoke;
  } catch (error) {
    throw failure("listing unused join keys", error);
  }
  for (const id of ids) {
    try {
      revoked.push(await revokeJoinKey(client, id, request));
    } catch (error) {
      throw failure(`revoking ${id}`, error);
    }
  }
  for (const spec of input.create ?? []) {
    try {
      created.push(await createJoinKey(client, spec, request));
    } catch (error) {
      throw failure(`creating '${spec.name}'`, error);
    }
  }
  return { revoked, created, skipped };
}
