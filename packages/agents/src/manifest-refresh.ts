import { NotFoundError, type XerotierClient } from "@xerotier/api";
import { ManifestBaselineUnknownError, ManifestRefreshTimeoutError, ManifestUnchangedError } from "./errors";
import { diffManifestTools, type ManifestDiff, type ToolDescriptor } from "./manifest-diff";
import { getAgent } from "./resources";
import type { Agent, WaitOptions } from "./types";
import { waitFor, waitRequestOptions, withSpan } from "@xerotier/api/internal";

const DEFAULT_MAX_WAIT_MS = 300_000;

/**
 * What the agent published before the restart: its manifest (`hash` and/or `version`, and
 * `tools` for a diff: pass `agent.manifest` as read before), a time before the restart (`at`),
 * or both. At least one of `hash`, `version`, `at` is required.
 */
export interface ManifestRefreshSince {
  /** `manifest.hash` before the restart. */
  hash?: string;
  /** `manifest.version` before the restart. */
  version?: number;
  /** The tools before the restart; without them (and without a read from before the restart) the result has no diff. */
  tools?: readonly ToolDescriptor[];
  /** A time before the restart: the agent's heartbeat must be newer. */
  at?: Date | string | number;
}

/** Options of {@link Agents.waitForManifestRefresh}. `maxWaitMs` defaults to 5 minutes, `pollIntervalMs` to 2 s. */
export interface WaitForManifestRefreshOptions extends WaitOptions {
  /** The manifest or time before the restart. */
  since: ManifestRefreshSince;
}

/** A confirmed manifest refresh. */
export interface ManifestRefreshResult {
  /** The agent as read: healthy, with the new manifest. */
  agent: Agent;
  /** The manifest before the restart, as far as known (from `since` or from a read before the restart). */
  previous: { version?: number | undefined; hash?: string | undefined };
  /** The heartbeat that showed the agent back (newer than `since.at` when given). */
  heartbeatAt: string;
  /** Tools added, removed or changed; undefined when the tool list from before the restart was never seen. */
  diff: ManifestDiff | undefined;
}

interface Baseline {
  version?: number | undefined;
  hash?: string | undefined;
  tools?: readonly ToolDescriptor[] | undefined;
}

/** What the wait has learned so far. */
interface Progress {
  baseline: Baseline | undefined;
  /** The agent was seen offline, pending or missing: evidence of a restart. */
  sawDown: boolean;
  /** The worker id of the first read: a different one later is evidence of a restart. */
  firstWorker: string | undefined;
  reads: number;
  last: Agent | undefined;
}

/**
 * Guide 6 step 1's check: after the XEM host restarted with new tool credentials, resolves once
 * the agent is healthy again with a different manifest hash (or a newer version) and a heartbeat
 * (newer than `since.at`, when given), reporting what changed. Rejects with
 * {@link ManifestUnchangedError} when the agent visibly restarted (seen offline, or a new worker)
 * but republished the same manifest, {@link ManifestRefreshTimeoutError} after `maxWaitMs`, and
 * `APIUserAbortError` on abort. Only `healthy` counts as back; unknown statuses are waited out.
 *
 * @example
 * ```ts
 * const before = (await agents.get(agentId)).manifest;
 * // … restart the XEM container with the new kubeconfig …
 * const { diff } = await agents.waitForManifestRefresh(agentId, { since: before, maxWaitMs: 120_000 });
 * if (diff) formatManifestDiff(diff).forEach((line) => console.log(line));
 * ```
 */
export function waitForManifestRefresh(client: XerotierClient, agentId: string, options: WaitForManifestRefreshOptions): Promise<ManifestRefreshResult> {
  return withSpan(client, "xerotier.agents.wait_for_manifest_refresh", { "xerotier.agent_id": agentId }, () => pollManifestRefresh(client, agentId, options));
}

/** waitForManifestRefresh's work, inside its span. */
async function pollManifestRefresh(
  client: XerotierClient,
  agentId: string,
  options: WaitForManifestRefreshOptions,
): Promise<ManifestRefreshResult> {
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  const since = checkSince(options.since);
  const progress: Progress = { baseline: baselineOf(options.since), sawDown: false, firstWorker: undefined, reads: 0, last: undefined };
  return waitFor({
    read: async (signal) => {
      let agent: Agent;
      try {
        agent = await getAgent(client, agentId, waitRequestOptions(options, signal));
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
        progress.sawDown = true; // re-enrolling: not there yet
        return undefined;
      }
      return observe(progress, agent, since.atMs, since.atText);
    },
    done: (result): result is ManifestRefreshResult => result !== undefined,
    timeoutError: () => new ManifestRefreshTimeoutError(agentId, maxWaitMs, progress.last),
    maxWaitMs,
    pollIntervalMs: options.pollIntervalMs,
    signal: options.signal,
  });
}

/** Takes one read into account; returns the result once refreshed, throws once unchanged for sure. */
function observe(progress: Progress, agent: Agent, atMs: number | undefined, atText: string): ManifestRefreshResult | undefined {
  progress.reads += 1;
  progress.last = agent;
  const status: string = agent.status;
  const down = status === "offline" || status === "pending";
  if (down) progress.sawDown = true;
  if (progress.reads === 1 && typeof agent.worker_id === "string") progress.firstWorker = agent.worker_id;
  const heartbeatMs = agent.last_heartbeat_at == null ? Number.NaN : Date.parse(agent.last_heartbeat_at);
  const fresh = Number.isFinite(heartbeatMs) && (atMs === undefined || heartbeatMs > atMs);
  if (!progress.baseline) {
    // Only `since.at` was given: a read from before the restart tells what the manifest was.
    if (down || !fresh) progress.baseline = { version: agent.manifest?.version, hash: agent.manifest?.hash, tools: agent.manifest?.tools };
    else if (status === "healthy") throw new ManifestBaselineUnknownError(agent, atText);
    return undefined;
  }
  const current = { version: agent.manifest?.version, hash: agent.manifest?.hash };
  // `since` named the manifest but not its tools: a read still showing it supplies them for the diff.
  if (!progress.baseline.tools && Array.isArray(agent.manifest?.tools) && isSame(progress.baseline, current)) progress.baseline.tools = agent.manifest.tools;
  if (status !== "healthy" || !fresh) return undefined;
  if (isNewer(progress.baseline, current)) {
    const before = progress.baseline.tools;
    const after = agent.manifest?.tools;
    return {
      agent,
      previous: { version: progress.baseline.version, hash: progress.baseline.hash },
      heartbeatAt: agent.last_heartbeat_at!,
      diff: before && Array.isArray(after) ? diffManifestTools(before, after) : undefined,
    };
  }
  const newWorker = progress.firstWorker !== undefined && typeof agent.worker_id === "string" && agent.worker_id !== progress.firstWorker;
  if (isSame(progress.baseline, current) && (progress.sawDown || newWorker)) throw new ManifestUnchangedError(agent);
  return undefined;
}

/** A different hash, or a strictly newer version, than the baseline. */
function isNewer(baseline: Baseline, current: { version?: number | undefined; hash?: string | undefined }): boolean {
  const hashDiffers = baseline.hash !== undefined && typeof current.hash === "string" && current.hash !== baseline.hash;
  const versionNewer = baseline.version !== undefined && typeof current.version === "number" && current.version > baseline.version;
  return hashDiffers || versionNewer;
}

/** Known to be the baseline manifest: every known field equal (an unreadable one decides nothing). */
function isSame(baseline: Baseline, current: { version?: number | undefined; hash?: string | undefined }): boolean {
  const hashSame = baseline.hash === undefined || current.hash === baseline.hash;
  const versionSame = baseline.version === undefined || current.version === baseline.version;
  return hashSame && versionSame && (baseline.hash !== undefined || baseline.version !== undefined);
}

function baselineOf(since: ManifestRefreshSince | undefined): Baseline | undefined {
  if (since?.hash === undefined && since?.version === undefined) return undefined;
  return { hash: since.hash, version: since.version, tools: since.tools };
}

/** Checks `since` before any request. */
function checkSince(since: ManifestRefreshSince | undefined): { atMs: number | undefined; atText: string } {
  if (!since || (since.hash === undefined && since.version === undefined && since.at === undefined)) {
    throw new TypeError("waitForManifestRefresh() needs `since`: the prior manifest (`hash` or `version`), a time before the restart (`at`), or both.");
  }
  if (since.hash !== undefined && (typeof since.hash !== "string" || since.hash === "")) throw new TypeError("Invalid `since.hash`: expected a non-empty string.");
  if (since.version !== undefined && !Number.isInteger(since.version)) throw new TypeError("Invalid `since.version`: expected an integer.");
  if (since.at === undefined) return { atMs: undefined, atText: "" };
  const atMs = since.at instanceof Date ? since.at.getTime() : typeof since.at === "number" ? since.at : Date.parse(since.at);
  if (!Number.isFinite(atMs)) throw new RangeError(`Invalid \`since.at\`: not a time (${String(since.at)}).`);
  return { atMs, atText: new Date(atMs).toISOString() };
}
