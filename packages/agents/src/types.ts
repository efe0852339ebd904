import type { components } from "@xerotier/api";
import type { RequestOptions } from "@xerotier/api";
import type { Agent, DriftReporting } from "@xerotier/api/internal";

type Schemas = components["schemas"];

export type { Agent };
/** Health of an agent as the router sees it. */
export type AgentStatus = Schemas["AgentStatus"];
/** `xem` executes tools; `xim` serves inference. */
export type AgentRole = Schemas["AgentRole"];
/** The fields `update()` can change. */
export type AgentUpdate = Schemas["AgentUpdate"];
/** What `remove()` returns. */
export type DeletedAgent = Schemas["DeletedAgent"];
/** A join key as listed, without its secret. */
export type JoinKey = Schemas["JoinKey"];
/** A join key as minted: `key` is the secret, returned this once. */
export type JoinKeyWithSecret = Schemas["JoinKeyWithSecret"];
/** An agent bound to serve a workspace. */
export type WorkspaceBinding = Schemas["WorkspaceBinding"];
/** What `unbindWorkspace()` returns. */
export type DeletedWorkspaceBinding = Schemas["DeletedWorkspaceBinding"];
/** The router's answer to a CURVE rotation. */
export type CurveRotation = Schemas["CurveRotation"];

/** Input of `createJoinKey()`: the guide's `--name`, `--region` and `--router-addr`. */
export interface CreateJoinKeyInput {
  /** Operator-chosen name. */
  name: string;
  /** Region the enrolled agent gets. */
  region: string;
  /** Router address the agent dials, `tcp://<router-host>:5555`. */
  routerAddr: string;
  /** Agent role; the router defaults to `xem`. */
  role?: AgentRole;
  /** Lifetime of the key in hours (1–720). Default 24. */
  expiresInHours?: number;
}

/**
 * Options of every agents wait. `maxWaitMs` and `signal` bound the whole wait (every read and the
 * sleeps between them); `timeoutMs` and `maxRetries` apply to each read, as on a single request.
 * `onUnknownStatus` / `logger` hear of statuses the SDK does not know.
 */
export interface WaitOptions extends Omit<RequestOptions, "idempotencyKey">, DriftReporting {
  /** Give up after this many milliseconds (wall time) with a typed timeout error. */
  maxWaitMs?: number | undefined;
  /** Aborting it stops the wait, which rejects with `APIUserAbortError` (the signal's reason as `cause`). */
  signal?: AbortSignal | undefined;
  /** Delay between two reads. Default 2 000 ms (`DEFAULT_POLL_INTERVAL_MS`). */
  pollIntervalMs?: number;
}
