import { XerotierError } from "@xerotier/api";
import type { Agent, JoinKey, JoinKeyWithSecret } from "./types";

/**
 * `waitForHealthy()` ran out of time. `lastSeen` is the agent as last read (when it existed).
 *
 * @example
 * ```ts
 * try { await agents.waitForHealthy(id, { timeoutMs: 60_000 }); }
 * catch (err) { if (err instanceof AgentWaitTimeoutError) console.error(err.lastSeen?.status); }
 * ```
 */
export class AgentWaitTimeoutError extends XerotierError {
  /** The agent waited for. */
  readonly agentId: string;
  /** How long the call waited. */
  readonly timeoutMs: number;
  /** The agent as last read, if it could be read. */
  readonly lastSeen: Agent | undefined;
  /** Creates the error. */
  constructor(agentId: string, timeoutMs: number, lastSeen: Agent | undefined, what = "healthy") {
    super(`Agent '${agentId}' was not ${what} within ${timeoutMs} ms (last status: ${lastSeen?.status ?? "unknown"}).`, {
      code: "agent_wait_timeout",
    });
    this.name = "AgentWaitTimeoutError";
    this.agentId = agentId;
    this.timeoutMs = timeoutMs;
    this.lastSeen = lastSeen;
  }
}

/**
 * A join key was not consumed by an enrolling agent in time (`waitForEnrollment()`).
 */
export class JoinKeyWaitTimeoutError extends XerotierError {
  /** The join key waited on. */
  readonly joinKeyId: string;
  /** The key as last read. */
  readonly lastSeen: JoinKey | undefined;
  /** Creates the error. */
  constructor(joinKeyId: string, timeoutMs: number, lastSeen: JoinKey | undefined) {
    super(`Join key '${joinKeyId}' was not used to enrol an agent within ${timeoutMs} ms (status: ${lastSeen?.status ?? "unknown"}).`, {
      code: "join_key_wait_timeout",
    });
    this.name = "JoinKeyWaitTimeoutError";
    this.joinKeyId = joinKeyId;
    this.lastSeen = lastSeen;
  }
}

/**
 * A disruptive call was made without `confirm: true`. Nothing was sent to the router.
 *
 * @example
 * ```ts
 * await agents.rotateCurveKey(id, { reason: "quarterly", confirm: true });
 * ```
 */
export class ConfirmationRequiredError extends XerotierError {
  /** The operation that was refused, e.g. `rotateCurveKey`. */
  readonly operation: string;
  /** Creates the error. */
  constructor(operation: string, what: string) {
    super(`${operation}() ${what}; pass \`confirm: true\` to go ahead.`, { code: "confirmation_required" });
    this.name = "ConfirmationRequiredError";
    this.operation = operation;
  }
}

/**
 * A CURVE rotation happened (`rotatedAt`), but no heartbeat newer than it arrived in time, so
 * there is no evidence yet that the agent picked up the new key.
 */
export class CurveRotationTimeoutError extends XerotierError {
  /** The rotated agent. */
  readonly agentId: string;
  /** The cut-over time the router recorded. */
  readonly rotatedAt: string;
  /** The newest heartbeat seen (not newer than `rotatedAt`). */
  readonly lastHeartbeatAt: string | null | undefined;
  /** The new public key. */
  readonly curvePublicKey: string;
  /** Creates the error. */
  constructor(agentId: string, timeoutMs: number, rotation: { rotatedAt: string; curvePublicKey: string }, lastHeartbeatAt: string | null | undefined) {
    super(
      `Agent '${agentId}' was rotated at ${rotation.rotatedAt} but sent no newer heartbeat within ${timeoutMs} ms (last heartbeat: ${lastHeartbeatAt ?? "none"}).`,
      { code: "curve_rotation_unconfirmed" },
    );
    this.name = "CurveRotationTimeoutError";
    this.agentId = agentId;
    this.rotatedAt = rotation.rotatedAt;
    this.curvePublicKey = rotation.curvePublicKey;
    this.lastHeartbeatAt = lastHeartbeatAt;
  }
}

/**
 * `rotateJoinKeys()` stopped part way: `revoked` and `created` say what did happen (secrets of
 * created keys included, since they cannot be read again), `cause` what failed.
 */
export class JoinKeyRotationError extends XerotierError {
  /** Keys revoked before the failure. */
  readonly revoked: JoinKey[];
  /** Keys minted before the failure, with their one-time secrets. */
  readonly created: JoinKeyWithSecret[];
  /** Creates the error. */
  constructor(step: string, cause: unknown, revoked: JoinKey[], created: JoinKeyWithSecret[]) {
    super(`Join key rotation failed while ${step} (revoked ${revoked.length}, created ${created.length} before the failure).`, {
      code: "join_key_rotation_incomplete",
      cause,
      ...(cause instanceof XerotierError && cause.requestId ? { requestId: cause.requestId } : {}),
    });
    this.name = "JoinKeyRotationError";
    this.revoked = revoked;
    this.created = created;
  }
}

/** The manifest an agent published, as far as a manifest wait knows it. */
export interface ManifestIdentity {
  /** `manifest.version`, when known. */
  version?: number | undefined;
  /** `manifest.hash`, when known. */
  hash?: string | undefined;
}

function describeManifest(manifest: ManifestIdentity | undefined): string {
  return `version ${manifest?.version ?? "unknown"}, hash ${manifest?.hash ?? "unknown"}`;
}

/**
 * `waitForManifestRefresh()` ran out of time before the agent was healthy again with a new
 * manifest. `lastSeen` is the agent as last read (undefined when it could not be read).
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof ManifestRefreshTimeoutError) console.error(err.lastSeen?.status, err.lastSeen?.manifest.hash); }
 * ```
 */
export class ManifestRefreshTimeoutError extends XerotierError {
  /** The agent waited for. */
  readonly agentId: string;
  /** How long the call waited. */
  readonly timeoutMs: number;
  /** The agent as last read, if it could be read. */
  readonly lastSeen: Agent | undefined;
  /** Creates the error. */
  constructor(agentId: string, timeoutMs: number, lastSeen: Agent | undefined) {
    super(
      `Agent '${agentId}' did not come back with a new manifest within ${timeoutMs} ms ` +
        `(last status: ${lastSeen?.status ?? "unknown"}, ${describeManifest(lastSeen?.manifest)}).`,
      { code: "manifest_refresh_timeout" },
    );
    this.name = "ManifestRefreshTimeoutError";
    this.agentId = agentId;
    this.timeoutMs = timeoutMs;
    this.lastSeen = lastSeen;
  }
}

/**
 * The agent restarted (it went offline or changed worker) and is healthy again, but publishes
 * the same manifest as before: the restart did not pick the new credentials up.
 *
 * @example
 * ```ts
 * catch (err) { if (err instanceof ManifestUnchangedError) console.error(err.message, err.manifest.hash); }
 * ```
 */
export class ManifestUnchangedError extends XerotierError {
  /** The restarted agent. */
  readonly agentId: string;
  /** The manifest it came back with: the same as `since`. */
  readonly manifest: ManifestIdentity;
  /** The heartbeat that showed it back. */
  readonly heartbeatAt: string | null;
  /** The agent as read. */
  readonly agent: Agent;
  /** Creates the error. */
  constructor(agent: Agent) {
    const manifest = { version: agent.manifest?.version, hash: agent.manifest?.hash };
    super(
      `Agent '${agent.id}' came back (heartbeat at ${agent.last_heartbeat_at ?? "unknown"}) with the same manifest ` +
        `(${describeManifest(manifest)}): the restart did not pick the new credentials up.`,
      { code: "manifest_unchanged" },
    );
    this.name = "ManifestUnchangedError";
    this.agentId = agent.id;
    this.manifest = manifest;
    this.heartbeatAt = agent.last_heartbeat_at;
    this.agent = agent;
  }
}

/**
 * `waitForManifestRefresh()` was given only a time (`since.at`) and the first read already showed
 * the agent healthy with a heartbeat after it, so no read is known to predate the restart and
 * whether the manifest changed is unknown. Pass `since.hash` (or the prior manifest) instead.
 */
export class ManifestBaselineUnknownError extends XerotierError {
  /** The agent waited for. */
  readonly agentId: string;
  /** The agent as first read: healthy, heartbeat after `since.at`. */
  readonly agent: Agent;
  /** Creates the error. */
  constructor(agent: Agent, since: string) {
    super(
      `Agent '${agent.id}' was already healthy with a heartbeat after ${since} (at ${agent.last_heartbeat_at ?? "unknown"}) at the first read, ` +
        `so its manifest from before the restart is unknown; pass since.hash or the prior manifest.`,
      { code: "manifest_baseline_unknown" },
    );
    this.name = "ManifestBaselineUnknownError";
    this.agentId = agent.id;
    this.agent = agent;
  }
}
