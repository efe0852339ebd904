import { XerotierError, XerotierSdkError } from "@xerotier/api";
import { brandError } from "@xerotier/api/internal";
import type { Agent, JoinKey, JoinKeyWithSecret } from "./types";

/**
 * `waitForHealthy()` ran out of time. `lastSeen` is the agent as last read (when it existed).
 *
 * @example
 * ```ts
 * try { await agents.waitForHealthy(id, { maxWaitMs: 60_000 }); }
 * catch (err) { if (err instanceof AgentWaitTimeoutError) console.error(err.lastSeen?.status); }
 * ```
 */
export class AgentWaitTimeoutError extends XerotierSdkError<"agent_wait_timeout"> {
  /** The agent waited for. */
  readonly agentId: string;
  /** How long the call waited. */
  readonly maxWaitMs: number;
  /** The agent as last read, if it could be read. */
  readonly lastSeen: Agent | undefined;
  /** Creates the error. */
  constructor(agentId: string, maxWaitMs: number, lastSeen: Agent | undefined, what = "healthy") {
    super("agent_wait_timeout", `Agent '${agentId}' was not ${what} within ${maxWaitMs} ms (last status: ${lastSeen?.status ?? "unknown"}).`);
    this.agentId = agentId;
    this.maxWaitMs = maxWaitMs;
    this.lastSeen = lastSeen;
  }

  static {
    brandError(this, "AgentWaitTimeoutError");
  }
}

/**
 * A join key was not consumed by an enrolling agent in time (`waitForEnrollment()`).
 */
export class JoinKeyWaitTimeoutError extends XerotierSdkError<"join_key_wait_timeout"> {
  /** The join key waited on. */
  readonly joinKeyId: string;
  /** The key as last read. */
  readonly lastSeen: JoinKey | undefined;
  /** Creates the error. */
  constructor(joinKeyId: string, maxWaitMs: number, lastSeen: JoinKey | undefined) {
    super("join_key_wait_timeout", `Join key '${joinKeyId}' was not used to enrol an agent within ${maxWaitMs} ms (status: ${lastSeen?.status ?? "unknown"}).`);
    this.joinKeyId = joinKeyId;
    this.lastSeen = lastSeen;
  }

  static {
    brandError(this, "JoinKeyWaitTimeoutError");
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
export class ConfirmationRequiredError extends XerotierSdkError<"confirmation_required"> {
  /** The operation that was refused, e.g. `rotateCurveKey`. */
  readonly operation: string;
  /** Creates the error. */
  constructor(operation: string, what: string) {
    super("confirmation_required", `${operation}() ${what}; pass \`confirm: true\` to go ahead.`);
    this.operation = operation;
  }

  static {
    brandError(this, "ConfirmationRequiredError");
  }
}

/**
 * A CURVE rotation happened (`rotatedAt`), but no heartbeat newer than it arrived in time, so
 * there is no evidence yet that the agent picked up the new key.
 */
export class CurveRotationTimeoutError extends XerotierSdkError<"curve_rotation_unconfirmed"> {
  /** The rotated agent. */
  readonly agentId: string;
  /** The cut-over time the router recorded. */
  readonly rotatedAt: string;
  /** The newest heartbeat seen (not newer than `rotatedAt`). */
  readonly lastHeartbeatAt: string | null | undefined;
  /** The new public key. */
  readonly curvePublicKey: string;
  /** Creates the error. */
  constructor(agentId: string, maxWaitMs: number, rotation: { rotatedAt: string; curvePublicKey: string }, lastHeartbeatAt: string | null | undefined) {
    super("curve_rotation_unconfirmed", `Agent '${agentId}' was rotated at ${rotation.rotatedAt} but sent no newer heartbeat within ${maxWaitMs} ms (last heartbeat: ${lastHeartbeatAt ?? "none"}).`);
    this.agentId = agentId;
    this.rotatedAt = rotation.rotatedAt;
    this.curvePublicKey = rotation.curvePublicKey;
    this.lastHeartbeatAt = lastHeartbeatAt;
  }

  static {
    brandError(this, "CurveRotationTimeoutError");
  }
}

/**
 * `rotateJoinKeys()` stopped part way: `revoked` and `created` say what did happen (secrets of
 * created keys included, since they cannot be read again), `cause` what failed.
 */
export class JoinKeyRotationError extends XerotierSdkError<"join_key_rotation_incomplete"> {
  /** Keys revoked before the failure. */
  readonly revoked: JoinKey[];
  /** Keys minted before the failure, with their one-time secrets. */
  readonly created: JoinKeyWithSecret[];
  /** Creates the error. */
  constructor(step: string, cause: unknown, revoked: JoinKey[], created: JoinKeyWithSecret[]) {
    super("join_key_rotation_incomplete", `Join key rotation failed while ${step} (revoked ${revoked.length}, created ${created.length} before the failure).`, {
      cause,
      ...(cause instanceof XerotierError && cause.requestId ? { requestId: cause.requestId } : {}),
    });
    this.revoked = revoked;
    this.created = created;
  }

  static {
    brandError(this, "JoinKeyRotationError");
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
export class ManifestRefreshTimeoutError extends XerotierSdkError<"manifest_refresh_timeout"> {
  /** The agent waited for. */
  readonly agentId: string;
  /** How long the call waited. */
  readonly maxWaitMs: number;
  /** The agent as last read, if it could be read. */
  readonly lastSeen: Agent | undefined;
  /** Creates the error. */
  constructor(agentId: string, maxWaitMs: number, lastSeen: Agent | undefined) {
    super("manifest_refresh_timeout", `Agent '${agentId}' did not come back with a new manifest within ${maxWaitMs} ms ` +
        `(last status: ${lastSeen?.status ?? "unknown"}, ${describeManifest(lastSeen?.manifest)}).`);
    this.agentId = agentId;
    this.maxWaitMs = maxWaitMs;
    this.lastSeen = lastSeen;
  }

  static {
    brandError(this, "ManifestRefreshTimeoutError");
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
export class ManifestUnchangedError extends XerotierSdkError<"manifest_unchanged"> {
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
    super("manifest_unchanged", `Agent '${agent.id}' came back (heartbeat at ${agent.last_heartbeat_at ?? "unknown"}) with the same manifest ` +
        `(${describeManifest(manifest)}): the restart did not pick the new credentials up.`);
    this.agentId = agent.id;
    this.manifest = manifest;
    this.heartbeatAt = agent.last_heartbeat_at;
    this.agent = agent;
  }

  static {
    brandError(this, "ManifestUnchangedError");
  }
}

/**
 * `waitForManifestRefresh()` was given only a time (`since.at`) and the first read already showed
 * the agent healthy with a heartbeat after it, so no read is known to predate the restart and
 * whether the manifest changed is unknown. Pass `since.hash` (or the prior manifest) instead.
 */
export class ManifestBaselineUnknownError extends XerotierSdkError<"manifest_baseline_unknown"> {
  /** The agent waited for. */
  readonly agentId: string;
  /** The agent as first read: healthy, heartbeat after `since.at`. */
  readonly agent: Agent;
  /** Creates the error. */
  constructor(agent: Agent, since: string) {
    super("manifest_baseline_unknown", `Agent '${agent.id}' was already healthy with a heartbeat after ${since} (at ${agent.last_heartbeat_at ?? "unknown"}) at the first read, ` +
        `so its manifest from before the restart is unknown; pass since.hash or the prior manifest.`);
    this.agentId = agent.id;
    this.agent = agent;
  }

  static {
    brandError(this, "ManifestBaselineUnknownError");
  }
}
