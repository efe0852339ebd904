import { BodyError, readJsonBody } from "./body";
import { pauseKey, pauseRefusal, rememberPause, type GuardrailState } from "./guardrails";
import type { AlertAction, AlertResponder, AlertResponderOptions } from "./types";

type Labels = Record<string, string>;
interface OneAlert {
  status: string;
  labels: Labels;
  fingerprint: string;
  raw: Record<string, unknown>;
}

// A guardrail bound that is NaN or negative would silently disable the comparison it feeds.
function checkBound(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`${name} must be an integer between 0 and ${max}; got ${String(value)}.`);
  return value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const stringsOf = (v: unknown): Labels => (isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string")) : {});

/** The alerts of an Alertmanager v4 payload, each with the group's common labels merged under its own. */
function alertsOf(payload: unknown): OneAlert[] {
  if (!isRecord(payload) || !Array.isArray(payload.alerts)) throw new BodyError(400, "not an Alertmanager webhook payload: no alerts[]");
  const common = stringsOf(payload.commonLabels);
  return payload.alerts.filter(isRecord).map((raw) => ({
    status: typeof raw.status === "string" ? raw.status : typeof payload.status === "string" ? payload.status : "",
    labels: { ...common, ...stringsOf(raw.labels) },
    fingerprint: typeof raw.fingerprint === "string" ? raw.fingerprint : "",
    raw,
  }));
}

/**
 * An Alertmanager (webhook payload version 4) receiver as a fetch-style handler: triages each
 * firing alert from its `project`/`workspace`/`agent` labels, optionally pauses the agent in the
 * workspace under guardrails (max paused per workspace, never the last healthy agent, a cool-down
 * per agent), and resumes on `resolved` only what it paused itself. Every action is logged with
 * the alert's fingerprint. Webhooks are handled one at a time so guardrails see settled state.
 *
 * @example
 * ```ts
 * const responder = createAlertResponder({ exec: createExec(client), agents: createAgents(client), pause: true });
 * Bun.serve({ port: 9095, fetch: responder.handle });
 * ```
 */
export function createAlertResponder(options: AlertResponderOptions): AlertResponder {
  const now = options.now ?? (() => new Date());
  const maxActions = Math.max(1, options.maxActions ?? 1000);
  const log: AlertAction[] = [];
  const state: GuardrailState = {
    maxPausedPerWorkspace: checkBound("maxPausedPerWorkspace", options.maxPausedPerWorkspace ?? 1, 10_000),
    cooldownMs: checkBound("cooldownMs", options.cooldownMs ?? 600_000, 30 * 86_400_000),
    pausedByBot: new Map(),
    lastPauseAt: new Map(),
  };
  let queue: Promise<unknown> = Promise.resolve();

  function record(alert: OneAlert, kind: AlertAction["kind"], extra: Partial<AlertAction> = {}): AlertAction {
    const { alertname, workspace, agent } = alert.labels;
    const action: AlertAction = {
      at: now().toISOString(),
      fingerprint: alert.fingerprint,
      kind,
      status: alert.status,
      ...(alertname ? { alertName: alertname } : {}),
      ...(workspace ? { workspace } : {}),
      ...(agent ? { agent } : {}),
      ...extra,
    };
    log.push(action);
    if (log.length > maxActions) log.shift();
    options.onAction?.(action);
    return action;
  }

  async function respond(alert: OneAlert): Promise<AlertAction[]> {
    const { project, workspace, agent } = alert.labels;
    if (!project || !workspace || !agent) return [record(alert, "ignored", { reason: "missing one of the labels project, workspace, agent" })];
    if (alert.status === "resolved") return [await resume(alert, workspace, agent)];
    if (alert.status !== "firing") return [record(alert, "ignored", { reason: `unknown alert status '${alert.status}'` })];
    const triaged = await triage(alert);
    if (!options.pause || !options.agents) return [triaged];
    return [triaged, await pause(alert, workspace, agent)];
  }

  // A triage that throws is recorded; the pause decision rests on the alert, not on the report.
  async function triage(alert: OneAlert): Promise<AlertAction> {
    try {
      const report = await options.exec.triageAlert({ ...alert.raw, status: alert.status, labels: alert.labels });
      return record(alert, "triaged", { report });
    } catch (error) {
      return record(alert, "triage-failed", { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async function pause(alert: OneAlert, workspace: string, agent: string): Promise<AlertAction> {
    const agents = options.agents!;
    // Without a fingerprint, no `resolved` could ever be matched to this pause: it would stay forever.
    if (!alert.fingerprint) return record(alert, "pause-refused", { reason: "the alert has no fingerprint" });
    const nowMs = now().getTime();
    const refusal = await pauseRefusal(state, agents, workspace, agent, nowMs);
    if (refusal) return record(alert, "pause-refused", { reason: refusal });
    try {
      await agents.pauseExec(agent, { workspaceId: workspace });
    } catch (error) {
      return record(alert, "pause-failed", { reason: error instanceof Error ? error.message : String(error) });
    }
    rememberPause(state, workspace, agent, alert.fingerprint, nowMs);
    return record(alert, "paused");
  }

  async function resume(alert: OneAlert, workspace: string, agent: string): Promise<AlertAction> {
    const key = pauseKey(workspace, agent);
    const pausedFor = state.pausedByBot.get(key);
    if (!alert.fingerprint) return record(alert, "resume-skipped", { reason: "the alert has no fingerprint" });
    if (pausedFor === undefined) return record(alert, "resume-skipped", { reason: "not paused by this bot" });
    if (pausedFor !== alert.fingerprint) return record(alert, "resume-skipped", { reason: `paused for another alert (${pausedFor})` });
    if (!options.agents) return record(alert, "resume-skipped", { reason: "no agent controls" });
    try {
      await options.agents.resumeExec(agent, { workspaceId: workspace });
    } catch (error) {
      return record(alert, "resume-failed", { reason: error instanceof Error ? error.message : String(error) });
    }
    state.pausedByBot.delete(key);
    return record(alert, "resumed");
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method !== "POST") return json(405, { error: "POST an Alertmanager webhook payload" });
    let alerts: OneAlert[];
    try {
      alerts = alertsOf(await readJsonBody(request, options.maxBodyBytes ?? 1_048_576));
    } catch (error) {
      if (error instanceof BodyError) return json(error.status, { error: error.message });
      throw error;
    }
    const run = queue.then(async () => {
      const actions: AlertAction[] = [];
      for (const alert of alerts) actions.push(...(await respond(alert)));
      return actions;
    });
    queue = run.catch(() => undefined);
    return json(200, { actions: (await run).map(({ report, ...rest }) => ({ ...rest, ...(report ? { latestFailure: report.latestFailure?.id ?? null, errorCodes: report.errorCodes } : {}) })) });
  }

  return { handle, actions: () => [...log], pausedByBot: () => new Map(state.pausedByBot) };
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}
