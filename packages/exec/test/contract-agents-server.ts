/**
 * A small Xerotier server written from the contract alone (openapi/xerotier.yaml, agents and their
 * lifecycle events), not from the reference router: the agents, `pause-exec` / `resume-exec`
 * with an `ExecScope` ("pausing an already paused agent is a no-op"), the lifecycle log listed
 * newest first with `limit`/`after`, and empty invocation lists for triage. A test plays the human
 * through `human`, and can make the server drift (`patchAgent`) or forget history (`prune`).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** An agent as the contract describes it (only what these tests need). */
export interface ContractAgent {
  id: string;
  object: "agent";
  name: string;
  status: string;
  exec_paused: boolean;
  paused_workspace_ids: string[];
  manifest: { version: number; hash: string; tools: unknown[]; workspace_ids: string[] };
  [field: string]: unknown;
}

interface LifecycleEvent {
  id: string;
  object: "agent_event";
  agent_id: string;
  type: "exec_paused" | "exec_resumed" | "status_changed";
  created_at: string;
  details: Record<string, unknown>;
}

/** A running contract server. */
export interface ContractServer {
  /** The origin (`http://127.0.0.1:<port>`); the project is the first path segment. */
  url: string;
  /** Every request, as `METHOD /path` without the project. */
  requests: string[];
  /** Changes made as a human operator would (through the same rules as the API). */
  human: { pause(agentId: string, workspaceId?: string): void; resume(agentId: string, workspaceId?: string): void };
  /** The agent as stored. */
  agent(id: string): ContractAgent;
  /** Replaces fields of an agent as stored (a server that drifts). */
  patchAgent(id: string, fields: Record<string, unknown>): void;
  /** Forgets all but the newest `keep` lifecycle events of an agent (history retention). */
  prune(agentId: string, keep: number): void;
  close(): Promise<void>;
}

function agentOf(id: string, workspaces: string[]): ContractAgent {
  return { id, object: "agent", name: id, status: "healthy", exec_paused: false, paused_workspace_ids: [], manifest: { version: 1, hash: "h", tools: [], workspace_ids: workspaces } };
}

/** Starts the server on 127.0.0.1 with healthy agents `agt_a` and `agt_b`, both bound to `ws_a` and `ws_b`. */
export async function startContractServer(): Promise<ContractServer> {
  const agents = new Map<string, ContractAgent>([
    ["agt_a", agentOf("agt_a", ["ws_a", "ws_b"])],
    ["agt_b", agentOf("agt_b", ["ws_a", "ws_b"])],
  ]);
  const lifecycle = new Map<string, LifecycleEvent[]>([...agents.keys()].map((id) => [id, []]));
  const requests: string[] = [];
  let sequence = 0;

  const record = (agentId: string, type: LifecycleEvent["type"], workspaceId: string | undefined) => {
    sequence += 1;
    lifecycle.get(agentId)!.push({ id: `evt_${String(sequence).padStart(6, "0")}`, object: "agent_event", agent_id: agentId, type, created_at: new Date(Date.UTC(2026, 10, 24, 9, 0, sequence)).toISOString(), details: { workspace_id: workspaceId ?? null } });
  };
  function pause(agentId: string, workspaceId?: string): void {
    const agent = agents.get(agentId)!;
    if (workspaceId === undefined) {
      if (agent.exec_paused) return;
      agent.exec_paused = true;
    } else {
      if (agent.exec_paused || agent.paused_workspace_ids.includes(workspaceId)) return;
      agent.paused_workspace_ids.push(workspaceId);
    }
    record(agentId, "exec_paused", workspaceId);
  }
  function resume(agentId: string, workspaceId?: string): void {
    const agent = agents.get(agentId)!;
    if (workspaceId === undefined) {
      if (!agent.exec_paused && agent.paused_workspace_ids.length === 0) return;
      agent.exec_paused = false;
      agent.paused_workspace_ids = [];
    } else {
      if (!agent.paused_workspace_ids.includes(workspaceId)) return;
      agent.paused_workspace_ids = agent.paused_workspace_ids.filter((w) => w !== workspaceId);
    }
    record(agentId, "exec_resumed", workspaceId);
  }

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json", "x-request-id": `req_${requests.length}` });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse, code: string) => send(res, 404, { error: { message: "not found", type: "invalid_request_error", code, param: null } });
  const page = <T extends { id: string }>(items: T[], query: URLSearchParams) => {
    const limit = Math.min(Math.max(Number(query.get("limit") ?? 20), 1), 100);
    const after = query.get("after");
    const start = after === null ? 0 : items.findIndex((i) => i.id === after) + 1;
    const data = items.slice(start, start + limit);
    return { object: "list", data, has_more: start + limit < items.length };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname.replace(/^\/[^/]+/, ""); // the project segment
    requests.push(`${req.method} ${path}`);
    let body = "";
    for await (const chunk of req) body += String(chunk);
    if (!String(req.headers.authorization).startsWith("Bearer ")) return send(res, 401, { error: { message: "no key", type: "authentication_error", code: "authentication_error", param: null } });
    if (req.method === "GET" && path === "/v1/exec/invocations") return send(res, 200, { object: "list", data: [], has_more: false });
    if (req.method === "GET" && path === "/v1/management/agents") return send(res, 200, page([...agents.values()], url.searchParams));
    const match = /^\/v1\/management\/agents\/([^/]+)(\/events|\/pause-exec|\/resume-exec)?$/.exec(path);
    const agent = match ? agents.get(decodeURIComponent(match[1]!)) : undefined;
    if (!match || !agent) return notFound(res, "agent_not_found");
    const action = match[2];
    if (req.method === "GET" && action === undefined) return send(res, 200, agent);
    if (req.method === "GET" && action === "/events") return send(res, 200, page([...lifecycle.get(agent.id)!].reverse(), url.searchParams));
    if (req.method === "POST" && (action === "/pause-exec" || action === "/resume-exec")) {
      const scope = body ? (JSON.parse(body) as { workspace_id?: string }) : {};
      (action === "/pause-exec" ? pause : resume)(agent.id, scope.workspace_id);
      return send(res, 200, agent);
    }
    return notFound(res, "not_found");
  }

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    human: { pause, resume },
    agent: (id) => structuredClone(agents.get(id)!),
    patchAgent: (id, fields) => Object.assign(agents.get(id)!, fields),
    prune: (agentId, keep) => lifecycle.set(agentId, keep === 0 ? [] : lifecycle.get(agentId)!.slice(-keep)),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
