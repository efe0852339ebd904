import { createAgents, formatManifestDiff, type ManifestRefreshResult, type ManifestRefreshSince } from "@xerotier/agents";
import { EXIT, UsageError } from "../exit";
import type { Command, CommandContext } from "../command";
import { id, optional, positiveInt } from "./util";

const NAME = "agents wait-manifest";
const DEFAULT_MAX_WAIT_S = 300;

/** `--since` / `--since-version`, checked before any request; undefined when neither is given. */
function sinceFlags(ctx: CommandContext): ManifestRefreshSince | undefined {
  const hash = optional(ctx.values, "since");
  const versionText = optional(ctx.values, "since-version");
  if (ctx.values.since !== undefined && hash === undefined) throw new UsageError("--since needs the manifest hash", NAME);
  let version: number | undefined;
  if (versionText !== undefined) {
    version = Number(versionText);
    if (!Number.isInteger(version) || version < 0) throw new UsageError(`--since-version must be a non-negative integer; got '${versionText}'`, NAME);
  }
  if (hash === undefined && version === undefined) return undefined;
  return { ...(hash !== undefined ? { hash } : {}), ...(version !== undefined ? { version } : {}) };
}

/** The result as `-o json` prints it: the API's own field names, the agent exactly as the server sent it. */
function resultJson(result: ManifestRefreshResult): Record<string, unknown> {
  return {
    agent_id: result.agent.id,
    previous: { version: result.previous.version ?? null, hash: result.previous.hash ?? null },
    heartbeat_at: result.heartbeatAt,
    diff: result.diff ?? null,
    agent: result.agent,
  };
}

/** The summary line and the diff, one tool change per line. */
function resultLines(result: ManifestRefreshResult): string[] {
  const { agent, previous } = result;
  const was = [previous.version !== undefined ? `v${previous.version}` : undefined, previous.hash].filter((part) => part !== undefined).join(" ");
  const head = `Agent ${agent.id} is back ${agent.status} at ${result.heartbeatAt}: manifest v${agent.manifest.version} ${agent.manifest.hash} (was ${was}).`;
  if (!result.diff) return [head, "The tool list from before the restart was not seen: no diff (run without --since to get one)."];
  const lines = formatManifestDiff(result.diff);
  return [head, ...(lines.length > 0 ? lines : ["No tool was added, removed or changed."])];
}

/**
 * `xeroctl agents wait-manifest <agent-id> [--since <hash>] [--since-version N] [--max-wait <s>]`:
 * guide 6 step 1, after restarting the XEM host with new tool credentials.
 */
export const agentsWaitManifest: Command = {
  words: ["agents", "wait-manifest"],
  usage: "agents wait-manifest <agent-id> [--since <hash>] [--since-version <n>] [--max-wait <seconds>]",
  summary: "Wait until an agent is back healthy with a new manifest after a XEM restart, and print which tools changed.",
  flagHelp: [
    "--since <hash>          the manifest hash before the restart (default: the manifest read now)",
    "--since-version <n>     the manifest version before the restart",
    `--max-wait <seconds>    how long to wait (default ${DEFAULT_MAX_WAIT_S})`,
  ],
  examples: [
    "xeroctl agents wait-manifest agt_xem_fleet_01 --max-wait 120",
    "xeroctl agents wait-manifest agt_xem_fleet_01 --since <hash> --max-wait 120",
    "xeroctl agents wait-manifest agt_xem_fleet_01 -o json",
  ],
  options: { since: { type: "string" }, "since-version": { type: "string" }, "max-wait": { type: "string" } },
  positionals: ["agent-id"],
  async run(ctx) {
    const maxWaitMs = positiveInt(ctx.values, "max-wait", DEFAULT_MAX_WAIT_S, NAME) * 1000;
    const flags = sinceFlags(ctx);
    const agents = createAgents(ctx.client());
    // Without --since, the manifest read now is the baseline: restart the XEM after this starts.
    const since = flags ?? (await agents.get(id(ctx))).manifest;
    const stop = ctx.progress.waiting(`waiting for ${id(ctx)} to come back with a new manifest…`);
    const result = await agents.waitForManifestRefresh(id(ctx), { since, maxWaitMs, signal: ctx.signal }).finally(stop);
    if (ctx.out.format === "json") ctx.out.json(resultJson(result));
    else for (const line of resultLines(result)) ctx.out.line(line);
    return EXIT.ok;
  },
};
