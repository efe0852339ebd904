/**
 * Local stand-ins for the providers the sinks talk to: HTTP servers on 127.0.0.1 that implement
 * each documented request format (and refuse anything else the way the provider does), plus
 * approval event fixtures.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeListener } from "@xerotier/api/node";
import type { Approval, ApprovalEvent } from "../src/index";

/** One request as the server saw it. */
export interface Seen {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What a provider stand-in answers. */
export interface Answer {
  status: number;
  body: string;
  contentType?: string;
  /** Further response headers (e.g. a redirect's `Location`). */
  headers?: Record<string, string>;
}

/** A running stand-in. */
export interface ProviderServer {
  url: string;
  seen: Seen[];
  close(): Promise<void>;
}

/** Serves `answer` for each request on 127.0.0.1, recording every request. */
export async function startProvider(answer: (request: Seen) => Answer | Promise<Answer>): Promise<ProviderServer> {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      seen.push(request);
      void Promise.resolve(answer(request)).then((a) => {
        res.writeHead(a.status, { "Content-Type": a.contentType ?? "application/json", ...a.headers });
        res.end(a.body);
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A pending destructive approval, as the API returns it. */
export function approvalFixture(overrides: Partial<Approval> = {}): Approval {
  return {
    id: "5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10",
    object: "approval",
    status: "pending",
    risk: "destructive",
    workspace_id: "ws_kube_prod",
    agent_id: "agt_xem_fleet_01",
    invocation_id: "inv_42",
    tool_name: "kubectl_drain",
    tool_call: { name: "kubectl_drain", arguments: { node: "node-7" } },
    prompt: "Drain node-7 <now> & reboot it",
    timeout_seconds: 900,
    expires_at: "2026-11-25T15:00:00.000Z",
    created_at: "2026-11-25T14:45:00.000Z",
    decided_at: null,
    decided_by: null,
    note: null,
    escalation_level: 0,
    ...overrides,
  };
}

/** An approval event envelope around `approval`. */
export function eventOf(type: ApprovalEvent["type"], approval: Approval = approvalFixture(), id = `evt_${type}`): ApprovalEvent {
  return { id, object: "event", type, created_at: 1_795_000_000, data: approval };
}

/** A fetch-style handler served over real HTTP on 127.0.0.1 through the SDK's Node adapter. */
export interface ServedHandler {
  url: string;
  /** Sends `request` (method, headers, body) to the server, as a client on the network would. */
  send(request: Request): Promise<Response>;
  close(): Promise<void>;
}

/** Serves `handle` with `toNodeListener` on a free port. */
export async function serveOverHttp(handle: (request: Request) => Promise<Response>): Promise<ServedHandler> {
  const server = createServer(toNodeListener(handle));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    async send(request) {
      const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.text();
      return fetch(`${url}${new URL(request.url).pathname}`, { method: request.method, headers: request.headers, ...(body === undefined ? {} : { body }) });
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
