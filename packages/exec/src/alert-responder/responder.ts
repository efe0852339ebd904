import { triageAlert } from "../triage";
import { agentActions } from "./agent-actions";
import { authorizationCheck } from "./auth";
import { BodyError, readJsonBody } from "./body";
import { ActionBudget } from "./budget";
import type { GuardrailState } from "./guardrails";
import { alertsOf, type OneAlert } from "./payload";
import { memoryPauseStore, pauseKey, type PauseRecord } from "./pause-store";
import type { AlertAction, AlertResponder, AlertResponderOptions } from "./types";

// A bound that is NaN, negative or out of range would silently disable the comparison it feeds.
function checkBound(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${name} must be an integer between ${min} and ${max}; got ${String(value)}.`);
  return value;
}

/** What one alert of a payload would do, decided before any API call. */
type Plan =
  | { alert: OneAlert; cost: 0; kind: "ignored" | "refused"; reason: string; workspace?: undefined; agent?: undefined }
  | { alert: OneAlert; cost: number; kind: "fire" | "resolve"; workspace: string; agent: string; reason?: undefined };

/**
 * An Alertmanager (webhook payload version 4) receiver as a fetch-style handler: only a caller
 * with the configured credential (compared in constant time) and a JSON body gets in; a payload
 * is bounded in bytes, alerts and actions (counted before the first API call); an alert of
 * another project than the client's is refused. Each firing alert is triaged from its
 * `project`/`workspace`/`agent` labels and, with `pause`, its agent is paused in that workspace
 * under guardrails (max paused per workspace, never the last healthy agent, a cool-down). On
 * `resolved` it resumes only its own pause for that alert, and only while that pause is still the
 * one in effect (the agent and its lifecycle events are read first: a human's change since is
 * left alone and reported). Its pauses are kept in `pauseStore`, so a restart forgets none.
 * Every action is logged with the alert's fingerprint. Payloads are handled one at a time.
 * On Node, serve it with `toNodeListener` from `@xerotier/api/node`.
 *
 * @example
 * ```ts
 * const responder = createAlertResponder({ client, auth: { bearerToken: process.env.ALERT_RESPONDER_TOKEN! }, pause: true });
 * Bun.serve({ port: 9095, fetch: responder.handle });
 * ```
 */
export function createAlertResponder(options: AlertResponderOptions): AlertResponder {
  const auth = authorizationCheck(options.auth);
  const { client } = options;
  const now = options.now ?? (() => new Date());
  const maxActions = Math.max(1, options.maxActions ?? 1000);
  const maxAlerts = checkBound("maxAlertsPerPayload", options.maxAlertsPerPayload ?? 50, 1, 1000);
  const budget = new ActionBudget(checkBound("maxActionsPerWindow", options.maxActionsPerWindow ?? 100, 1, 10_000), checkBound("actionWindowMs", options.actionWindowMs ?? 60_000, 1000, 86_400_000));
  const maxBodyBytes = checkBound("maxBodyBytes", options.maxBodyBytes ?? 1_048_576, 1, 64 * 1_048_576);
  const guardrails: GuardrailState = {
    maxPausedPerWorkspace: checkBound("maxPausedPerWorkspace", options.maxPausedPerWorkspace ?? 1, 0, 10_000),
    cooldownMs: checkBound("cooldownMs", options.cooldownMs ?? 600_000, 0, 30 * 86_400_000),
    lastPauseAt: new Map(),
  };
  const store = options.pauseStore ?? memoryPauseStore();
  const records = new Map<string, PauseRecord>();
  let loaded = false;
  const log: AlertAction[] = [];
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
    try {
      options.onAction?.(action);
    } catch {
      // A throwing reporter must not stop the other alerts of the payload.
    }
    return action;
  }

  const agents = agentActions({ client, guardrails, store, records, now, record });

  /** Decides locally what an alert would do and what it costs; nothing is called yet. */
  function plan(alert: OneAlert): Plan {
    const { project, workspace, agent } = alert.labels;
    if (!project || !workspace || !agent) return { alert, cost: 0, kind: "ignored", reason: "missing one of the labels project, workspace, agent" };
    // Stay in scope: the label must name exactly the client's project; a mismatch is refused, not warned about.
    if (project !== client.project) return { alert, cost: 0, kind: "refused", reason: `the alert names project '${project}', not this client's '${client.project}'` };
    if (alert.status === "firing") return { alert, cost: options.pause && alert.fingerprint ? 2 : 1, kind: "fire", workspace, agent };
    if (alert.status !== "resolved") return { alert, cost: 0, kind: "ignored", reason: `unknown alert status '${alert.status}'` };
    const entry = records.get(pauseKey(workspace, agent));
    if (!alert.fingerprint || entry?.fingerprint !== alert.fingerprint) return { alert, cost: 0, kind: "resolve", workspace, agent };
    return { alert, cost: 1, kind: "resolve", workspace, agent };
  }

  // A triage that throws is recorded; the pause decision rests on the alert, not on the report.
  async function triage(alert: OneAlert): Promise<AlertAction> {
    try {
      const report = await triageAlert(client, { ...alert.raw, status: alert.status, labels: alert.labels });
      return record(alert, "triaged", { report });
    } catch (error) {
      return record(alert, "triage-failed", { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async function carryOut(step: Plan): Promise<AlertAction[]> {
    if (step.reason !== undefined) return [record(step.alert, step.kind, { reason: step.reason })];
    if (step.kind === "resolve") return [await agents.resume(step.alert, step.workspace, step.agent)];
    const triaged = await triage(step.alert);
    return options.pause ? [triaged, await agents.pause(step.alert, step.workspace, step.agent)] : [triaged];
  }

  async function respond(alerts: OneAlert[]): Promise<Response> {
    if (!loaded) {
      try {
        for (const r of await store.load()) records.set(pauseKey(r.workspace, r.agent), r);
        loaded = true;
      } catch (error) {
        records.clear();
        return json(503, { error: `the pause records could not be loaded: ${error instanceof Error ? error.message : String(error)}` }, { "retry-after": "30" });
      }
    }
    const plans = alerts.map(plan);
    const cost = plans.reduce((sum, p) => sum + p.cost, 0);
    if (!budget.fits(cost)) return json(413, { error: `the payload would take ${cost} actions, more than one window allows: lower max_alerts` });
    const waitMs = budget.take(cost, now().getTime());
    if (waitMs > 0) {
      for (const p of plans) if (p.cost > 0) record(p.alert, "refused", { reason: `over the action budget (${cost} actions would not fit in the window)` });
      return json(503, { error: "over the action budget; retry later" }, { "retry-after": String(Math.ceil(waitMs / 1000)) });
    }
    const actions: AlertAction[] = [];
    for (const p of plans) actions.push(...(await carryOut(p)));
    return json(200, { actions: actions.map(({ report, ...rest }) => ({ ...rest, ...(report ? { latestFailure: report.latestFailure?.id ?? null, errorCodes: report.errorCodes } : {}) })) });
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method !== "POST") return json(405, { error: "POST an Alertmanager webhook payload" }, { allow: "POST" });
    if (!(await auth.check(request.headers.get("authorization")))) {
      return json(401, { error: "missing or wrong credentials" }, { "www-authenticate": `${auth.scheme ?? "Bearer"} realm="xerotier-alert-responder"` });
    }
    let alerts: OneAlert[];
    try {
      alerts = alertsOf(await readJsonBody(request, maxBodyBytes), maxAlerts);
    } catch (error) {
      if (error instanceof BodyError) return json(error.status, { error: error.message });
      throw error;
    }
    const run = queue.then(() => respond(alerts));
    queue = run.catch(() => undefined);
    return run;
  }

  return { handle, actions: () => [...log], pausedByBot: () => new Map([...records].map(([key, r]) => [key, r.fingerprint])) };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
}
