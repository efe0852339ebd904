/**
 * Test support for the alert responder: Alertmanager v4 payloads, the responder served over real
 * HTTP on 127.0.0.1 through `toNodeListener`, and a client that counts the API calls it makes.
 */
import { createXerotierClient, type XerotierClient } from "@xerotier/api";
import { toNodeListener } from "@xerotier/api/node";
import { DEMO } from "@xerotier/testing";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach } from "vitest";
import { createAlertResponder, type AlertAction, type AlertResponder, type AlertResponderOptions } from "../src/alerts";

/** The credential every served responder expects unless a test says otherwise. */
export const TOKEN = "am-token-0123456789abcdef";

/** One alert as Alertmanager (webhook payload version 4) renders it. */
export function alert(status: "firing" | "resolved", labels: Record<string, string>, fingerprint: string) {
  return {
    status,
    labels: { alertname: "XemToolFailures", severity: "page", ...labels },
    annotations: { summary: "tool calls failing" },
    startsAt: "2026-11-24T08:55:00.000Z",
    endsAt: status === "resolved" ? "2026-11-24T09:10:00.000Z" : "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus.example:9090/graph?g0.expr=xem_tool_failures_total",
    fingerprint,
  };
}

/** A full version 4 webhook payload, every documented field present. */
export function payload(alerts: ReturnType<typeof alert>[], project: string = DEMO.project) {
  return {
    receiver: "xerotier-bot",
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    alerts,
    groupLabels: { alertname: "XemToolFailures" },
    commonLabels: { alertname: "XemToolFailures", severity: "page", project },
    commonAnnotations: { summary: "tool calls failing" },
    externalURL: "http://alertmanager.example:9093",
    version: "4",
    groupKey: '{}:{alertname="XemToolFailures"}',
    truncatedAlerts: 0,
  };
}

/** The labels naming a workspace and an agent. */
export const target = (workspace: string, agent: string) => ({ workspace, agent });

/** A client of `baseUrl` that counts its HTTP requests (every attempt), without retries. */
export function countingClient(baseUrl: string, project: string = DEMO.project): { client: XerotierClient; calls: string[] } {
  const calls: string[] = [];
  const client = createXerotierClient({
    baseUrl,
    project,
    apiKey: "xero_demo_admin",
    maxRetries: 0,
    fetch: (request: Request) => {
      calls.push(`${request.method} ${new URL(request.url).pathname.replace(`/${project}`, "")}`);
      return globalThis.fetch(request);
    },
  });
  return { client, calls };
}

/** A responder served over HTTP, and how to post to it as Alertmanager does. */
export interface ServedResponder {
  responder: AlertResponder;
  actions: AlertAction[];
  url: string;
  /** POSTs `body` as JSON with the bearer token (override `headers` to send something else). */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** The kinds of the actions a 200 answer lists. */
  kinds(response: Response): Promise<string[]>;
}

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((close) => close()));
});

/** Serves `createAlertResponder(options)` on a free port (closed after the test). */
export async function serveResponder(options: Omit<AlertResponderOptions, "auth"> & Partial<Pick<AlertResponderOptions, "auth">>): Promise<ServedResponder> {
  const actions: AlertAction[] = [];
  const responder = createAlertResponder({ auth: { bearerToken: TOKEN }, onAction: (a) => actions.push(a), ...options });
  const server = createServer(toNodeListener(responder.handle));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  open.push(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  return {
    responder,
    actions,
    url,
    post: (body, headers = {}) =>
      fetch(`${url}/alerts`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, ...headers },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
    kinds: async (response) => ((await response.json()) as { actions: Array<{ kind: string }> }).actions.map((a) => a.kind),
  };
}
