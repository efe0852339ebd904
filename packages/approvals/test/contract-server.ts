/**
 * A small approvals server written from the contract alone (docs/api-contract §3, §4, §6), not from
 * the reference router: `GET /v1/exec/approvals` with `status` / `workspace_id` filters and
 * `limit` / `after` paging, newest first, and `GET /v1/exec/events` as SSE (`id:`, `event:`,
 * `data:`, a keep-alive comment, replay after `Last-Event-ID`) WITHOUT the decided `stream.open`
 * frame, as a real server may behave. It answers under any `/<project>` prefix.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";

/** An approval as this server sends it: the documented fields and a few decided ones, no more. */
export interface ContractApproval {
  id: string;
  status: string;
  workspace_id: string;
  created_at: string;
  [field: string]: unknown;
}

interface ContractEvent {
  id: string;
  type: string;
  data: ContractApproval;
  [field: string]: unknown;
}

/** The server's state and the handler serving it. */
export interface ContractServer {
  readonly handler: RequestListener;
  /** Opens a pending approval and emits its `exec.approval_requested`. */
  open(input: { workspaceId: string }): ContractApproval;
  /** Closes every open event stream (so a test ends cleanly). */
  closeStreams(): void;
}

/** Creates an empty server; `beforeList` runs as each list request arrives, before it is answered. */
export function contractServer(hooks: { beforeList?: () => void } = {}): ContractServer {
  const approvals: ContractApproval[] = [];
  const events: ContractEvent[] = [];
  const streams = new Set<ServerResponse>();
  let sequence = 0;

  const frame = (event: ContractEvent) => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;

  function list(url: URL, res: ServerResponse): void {
    hooks.beforeList?.();
    const status = url.searchParams.get("status");
    const workspace = url.searchParams.get("workspace_id");
    const limit = Math.min(100, Number(url.searchParams.get("limit") ?? 20));
    const after = url.searchParams.get("after");
    const matching = approvals.filter((a) => (!status || a.status === status) && (!workspace || a.workspace_id === workspace)).reverse();
    const start = after ? matching.findIndex((a) => a.id === after) + 1 : 0;
    const page = matching.slice(start, start + limit);
    json(res, 200, { object: "list", data: page, has_more: start + limit < matching.length });
  }

  function stream(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-cache" });
    res.write(": keep-alive\n\n");
    const last = req.headers["last-event-id"];
    const from = typeof last === "string" ? events.findIndex((e) => e.id === last) + 1 : events.length;
    for (const event of events.slice(from)) res.write(frame(event));
    streams.add(res);
    res.on("close", () => streams.delete(res));
  }

  const handler: RequestListener = (req, res) => {
    req.resume();
    const url = new URL(req.url ?? "/", "http://contract.test");
    const path = url.pathname.replace(/^\/[^/]+(?=\/v1\/)/, "");
    if (req.headers.authorization?.startsWith("Bearer ") !== true) return json(res, 401, envelope("authentication_error", "missing API key"));
    if (req.method === "GET" && path === "/v1/exec/approvals") return list(url, res);
    if (req.method === "GET" && path === "/v1/exec/events") return stream(req, res);
    json(res, 404, envelope("invalid_request_error", "not found"));
  };

  return {
    handler,
    open({ workspaceId }) {
      sequence += 1;
      const approval: ContractApproval = {
        id: `00000000-0000-4000-8000-${String(sequence).padStart(12, "0")}`,
        object: "approval",
        status: "pending",
        risk: "destructive",
        workspace_id: workspaceId,
        tool_name: "kubectl_drain",
        tool_call: { name: "kubectl_drain", arguments: { node: `node-${sequence}` } },
        created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)).toISOString(),
      };
      approvals.push(approval);
      const event: ContractEvent = { id: `evt_${String(sequence).padStart(8, "0")}`, object: "event", type: "exec.approval_requested", created_at: 1_767_225_600 + sequence, data: approval };
      events.push(event);
      for (const res of streams) res.write(frame(event));
      return approval;
    },
    closeStreams() {
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json", "x-request-id": `req_${Math.random().toString(36).slice(2)}` });
  res.end(JSON.stringify(body));
}

function envelope(type: string, message: string) {
  return { error: { message, type, code: null, param: null } };
}
