// An Alertmanager webhook receiver that triages every firing XEM alert and, with PAUSE=1, pauses
// the alert's agent in its workspace under guardrails; resolved alerts resume what it paused,
// unless a human changed the agent since. Only a caller holding the token gets in.
//
//   ALERT_RESPONDER_TOKEN=$(openssl rand -hex 24) PAUSE=1 pnpm exec tsx examples/alert-responder/main.ts
//
// Alertmanager: a `webhook_configs` receiver with `url: http://127.0.0.1:9095/alerts` and
// `http_config: { authorization: { credentials: <the same token> } }`.
// Env: XEROTIER_BASE_URL (default http://127.0.0.1:4010), XEROTIER_API_KEY (xero_demo_admin),
// XEROTIER_PROJECT (proj_demo), PORT (9095), PAUSE (unset: triage only), ALERT_RESPONDER_TOKEN
// (required), PAUSE_FILE (where its pauses survive a restart; default .alert-responder-pauses.json).
// Ctrl-C stops it.
import { createXerotierClient } from "@xerotier/api";
import { createAlertResponder, filePauseStore, memoryPauseStore, type AlertAction } from "@xerotier/exec/alerts";
import { pathToFileURL } from "node:url";
import { serveHandler, type ServedHandler } from "./serve";

/** Options of {@link startAlertResponder}. */
export interface AlertResponderExampleOptions {
  baseUrl: string;
  apiKey: string;
  project: string;
  /** Port to listen on, 127.0.0.1 only (0: any free port). */
  port: number;
  /** Pause the alert's agent under guardrails. */
  pause: boolean;
  /** The bearer token Alertmanager sends (its webhook's `http_config.authorization.credentials`). */
  token: string;
  /** A JSON file where the responder's pauses survive a restart; in memory when omitted. */
  pauseFile?: string;
  /** Called with every action (default: one line on the console). */
  onAction?: (action: AlertAction) => void;
}

/** One line per action: what, for which alert (fingerprint), and why. */
export function formatAction(a: AlertAction): string {
  return [a.at, a.kind, a.fingerprint, a.alertName, a.workspace, a.agent, a.reason].filter(Boolean).join(" ");
}

/** Starts the receiver; close the returned server to stop. */
export async function startAlertResponder(options: AlertResponderExampleOptions): Promise<ServedHandler> {
  const client = createXerotierClient({ baseUrl: options.baseUrl, apiKey: options.apiKey, project: options.project });
  const responder = createAlertResponder({
    client,
    auth: { bearerToken: options.token },
    pause: options.pause,
    pauseStore: options.pauseFile ? filePauseStore(options.pauseFile) : memoryPauseStore(),
    maxPausedPerWorkspace: 1,
    cooldownMs: 10 * 60_000,
    onAction: options.onAction ?? ((a) => console.log(formatAction(a))),
  });
  return serveHandler(responder.handle, options.port);
}

/** Entry point: options from the environment, stops on SIGINT/SIGTERM. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const token = env.ALERT_RESPONDER_TOKEN;
  if (!token) throw new Error("Set ALERT_RESPONDER_TOKEN: the bearer token Alertmanager sends (http_config.authorization.credentials).");
  const served = await startAlertResponder({
    baseUrl: env.XEROTIER_BASE_URL ?? "http://127.0.0.1:4010",
    apiKey: env.XEROTIER_API_KEY ?? "xero_demo_admin",
    project: env.XEROTIER_PROJECT ?? "proj_demo",
    port: Number(env.PORT ?? 9095),
    pause: env.PAUSE === "1",
    token,
    pauseFile: env.PAUSE_FILE ?? ".alert-responder-pauses.json",
  });
  console.log(`alert responder listening on ${served.url}/alerts`);
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void served.close());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
