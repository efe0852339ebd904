/**
 * Local stand-ins for the providers the sinks talk to: HTTP servers on 127.0.0.1 that implement
 * each documented request format (and refuse anything else the way the provider does), plus
 * approval event fixtures.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
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
        res.writeHead(a.status, { "Content-Type": a.contentType ?? "application/json" });
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
