// A small Xerotier server written from the contract alone (../shared/design/api-contract.md and
// the spec's examples), with switches for the ways a real deployment may differ. Not the
// reference router: nothing of its code is reused, so a drift here is a drift the doctor must see.
import { createXerotierClient, type XerotierClient } from "@xerotier/api";
import { openapiDocument } from "../../src/generated/openapi";

type Item = Record<string, unknown>;

/** What the server holds; every list answers all its items on one page. */
export interface ContractData {
  tools: Item[];
  invocations: Item[];
  outputs: Item[];
  artifact: Item | undefined;
  approvals: Item[];
  agents: Item[];
  agentEvents: Item[];
  joinKeys: Item[];
  workspaces: Item[];
  bindings: Item[];
  /** The event history, oldest first (`Last-Event-ID` resumes in it). */
  events: Item[];
  /** Events sent live, once, on the first connection without `Last-Event-ID` (then kept in the history). */
  live: Item[];
}

/** The ways this server can differ from the spec. */
export interface ContractServerOptions {
  data?: Partial<ContractData>;
  /** Rewrites every resource of a schema (`Approval`, `Agent`, …) as it is answered. */
  rewrite?: (schema: string, item: Item) => Item;
  /** Sends the `stream.open` frame first (default true). */
  streamOpen?: boolean;
  /** Resumes after `Last-Event-ID` (default true); false answers every connection as a fresh one. */
  honourLastEventId?: boolean;
  /** The body of an error answer (default the spec's envelope). */
  errorBody?: (code: string, message: string) => unknown;
  /** Extra headers on every answer. */
  headers?: Record<string, string>;
  /** Interval of `: keep-alive` comments (default 50 ms). */
  keepAliveMs?: number;
  /** Status of a created invocation (default `queued`). */
  createdInvocationStatus?: string;
  /** The secret of a minted join key. */
  joinKeySecret?: string;
  /** The API key it accepts. */
  apiKey?: string;
}

/** The server and what it saw. */
export interface ContractServer {
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** A client of its project with its key (no retries). */
  client(): XerotierClient;
  readonly apiKey: string;
  /** `METHOD /v1/path` of every write received. */
  readonly writes: string[];
  readonly data: ContractData;
}

const example = (name: string): Item => structuredClone(openapiDocument.components.schemas[name].examples[0]);

/** The spec's examples, made consistent (the output belongs to the listed invocation, the tool needs no argument). */
export function exampleData(): ContractData {
  const invocation = example("Invocation");
  const artifact = example("ArtifactContent");
  const output = { ...example("InvocationOutput"), invocation_id: invocation.id, artifacts: [example("ArtifactRef")] };
  const tool = { ...example("Tool"), parameters: { type: "object", properties: { namespace: { type: "string" } } } };
  return {
    tools: [tool],
    invocations: [invocation],
    outputs: [output],
    artifact,
    approvals: [example("Approval")],
    agents: [example("Agent")],
    agentEvents: [example("AgentLifecycleEvent")],
    joinKeys: [example("JoinKey")],
    workspaces: [example("Workspace")],
    bindings: [example("WorkspaceBinding")],
    events: [example("ApprovalEvent"), example("InvocationEvent")],
    live: [example("AgentStatusEvent")],
  };
}

/** Starts a contract server (in-process: its `fetch` is the server). */
export function createContractServer(options: ContractServerOptions = {}): ContractServer {
  const apiKey = options.apiKey ?? "xero_contract_k3yS3cretValue";
  const data: ContractData = { ...exampleData(), ...options.data };
  const writes: string[] = [];
  let requests = 0;
  let liveSent = false;
  const rewrite = (schema: string, item: Item): Item => options.rewrite?.(schema, structuredClone(item)) ?? item;
  const headers = (type = "application/json") => ({ "content-type": type, "x-request-id": `req_contract_${++requests}`, ...options.headers });
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: headers() });
  const error = (status: number, code: string, message: string) =>
    json(status, options.errorBody?.(code, message) ?? { error: { message, type: status === 401 ? "authentication_error" : "invalid_request_error", code, param: null } });
  const list = (schema: string, items: Item[]) => json(200, { object: "list", data: items.map((i) => rewrite(schema, i)), has_more: false });
  const show = (schema: string, items: Item[], key: string, id: string, code: string) => {
    const found = items.find((i) => i[key] === id);
    return found ? json(200, rewrite(schema, found)) : error(404, code, `No ${schema.toLowerCase()} '${id}'.`);
  };

  function events(request: Request): Response {
    const asked = request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("last_event_id") ?? undefined;
    const resume = options.honourLastEventId === false ? undefined : asked;
    const at = resume === undefined ? -1 : data.events.findIndex((e) => e.id === resume);
    const latest = data.events.at(-1)?.id as string | undefined;
    const frame = (e: Item) => `id: ${String(e.id)}\nevent: ${String(e.type)}\ndata: ${JSON.stringify(e)}\n\n`;
    const head: string[] = [];
    if (resume !== undefined && at < 0) {
      head.push(`id: ${latest ?? ""}\nevent: stream.reset\ndata: ${JSON.stringify({ object: "stream.reset", reason: "unknown id", last_event_id: resume })}\n\n`);
    } else {
      const point = resume ?? latest;
      if (options.streamOpen !== false) head.push(`${point ? `id: ${point}\n` : ""}event: stream.open\ndata: ${JSON.stringify({ object: "stream.open", latest_event_id: point ?? null })}\n\n`);
      if (resume !== undefined) head.push(...data.events.slice(at + 1).map(frame));
    }
    const live = asked === undefined && !liveSent ? data.live : [];
    liveSent ||= asked === undefined;
    const encoder = new TextEncoder();
    let timer: ReturnType<typeof setInterval> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(head.join("")));
        for (const event of live) {
          data.events.push(event);
          controller.enqueue(encoder.encode(frame(event)));
        }
        timer = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), options.keepAliveMs ?? 50);
      },
      cancel: () => clearInterval(timer),
    });
    return new Response(body, { status: 200, headers: headers("text/event-stream") });
  }

  async function write(request: Request, path: string): Promise<Response> {
    writes.push(`${request.method} ${path}`);
    const body = request.method === "POST" ? ((await request.json().catch(() => ({}))) as Item) : {};
    if (request.method === "POST" && path === "/v1/management/join-keys") {
      const { expires_in_hours: _hours, ...asked } = body;
      const minted: Item = { ...example("JoinKey"), ...asked, id: `jk_contract_${writes.length}`, status: "active", key: options.joinKeySecret ?? "jk_live_contractMinted0001" };
      data.joinKeys.unshift(minted);
      return json(201, rewrite("JoinKeyWithSecret", minted));
    }
    const revoke = /^\/v1\/management\/join-keys\/([^/]+)$/.exec(path);
    if (request.method === "DELETE" && revoke) {
      const key = data.joinKeys.find((k) => k.id === decodeURIComponent(revoke[1]!));
      if (!key) return error(404, "join_key_not_found", "No such join key.");
      key.status = "revoked";
      const { key: _secret, ...shown } = key;
      return json(200, rewrite("JoinKey", shown));
    }
    if (request.method === "POST" && path === "/v1/exec/invocations") {
      const created = { ...example("Invocation"), ...body, id: `inv_contract_${writes.length}`, risk: "read", status: options.createdInvocationStatus ?? "queued", approval_ids: [], exit_code: null, started_at: null, finished_at: null, duration_ms: null, transitions: [] };
      data.invocations.unshift(created);
      return json(201, rewrite("Invocation", created));
    }
    const cancel = /^\/v1\/exec\/invocations\/([^/]+)\/cancel$/.exec(path);
    const cancelled = cancel && data.invocations.find((i) => i.id === decodeURIComponent(cancel[1]!));
    if (cancelled) {
      cancelled.status = "cancelled";
      return json(200, rewrite("Invocation", cancelled));
    }
    return error(404, "not_found", "No such operation here.");
  }

  function read(path: string, request: Request): Response {
    const match = (pattern: RegExp) => pattern.exec(path)?.slice(1).map(decodeURIComponent);
    let m: string[] | undefined;
    if (path === "/v1/exec/tools") return list("Tool", data.tools);
    if ((m = match(/^\/v1\/exec\/tools\/([^/]+)$/))) return show("Tool", data.tools, "name", m[0]!, "exec_tool_not_found");
    if (path === "/v1/exec/invocations") return list("Invocation", data.invocations);
    if ((m = match(/^\/v1\/exec\/invocations\/([^/]+)$/))) return show("Invocation", data.invocations, "id", m[0]!, "invocation_not_found");
    if ((m = match(/^\/v1\/exec\/invocations\/([^/]+)\/output$/))) return show("InvocationOutput", data.outputs, "invocation_id", m[0]!, "invocation_not_found");
    if (match(/^\/v1\/chats\/([^/]+)\/artifacts\/([^/]+)$/)) return data.artifact ? json(200, rewrite("ArtifactContent", data.artifact)) : error(404, "artifact_not_found", "No such artifact.");
    if (path === "/v1/exec/approvals") return list("Approval", data.approvals);
    if ((m = match(/^\/v1\/exec\/approvals\/([^/]+)$/))) return show("Approval", data.approvals, "id", m[0]!, "approval_not_found");
    if (path === "/v1/exec/events") return events(request);
    if (path === "/v1/management/agents") return list("Agent", data.agents);
    if ((m = match(/^\/v1\/management\/agents\/([^/]+)$/))) return show("Agent", data.agents, "id", m[0]!, "agent_not_found");
    if (match(/^\/v1\/management\/agents\/([^/]+)\/events$/)) return list("AgentLifecycleEvent", data.agentEvents);
    if (path === "/v1/management/join-keys") return list("JoinKey", data.joinKeys.map(({ key: _secret, ...k }) => k));
    if ((m = match(/^\/v1\/management\/join-keys\/([^/]+)$/))) return show("JoinKey", data.joinKeys.map(({ key: _secret, ...k }) => k), "id", m[0]!, "join_key_not_found");
    if (path === "/v1/workspaces") return list("Workspace", data.workspaces);
    if ((m = match(/^\/v1\/workspaces\/([^/]+)$/))) return show("Workspace", data.workspaces, "id", m[0]!, "workspace_not_found");
    if (match(/^\/v1\/workspaces\/([^/]+)\/bindings$/)) return list("WorkspaceBinding", data.bindings);
    return error(404, "not_found", "No such operation here.");
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === "/healthz") return json(200, { status: "ok" });
    if (request.headers.get("authorization") !== `Bearer ${apiKey}`) return error(401, "authentication_error", "Invalid API key.");
    const path = url.pathname.replace(/^\/[^/]+/, ""); // drop the project
    return request.method === "GET" ? read(path, request) : write(request, path);
  }

  return {
    fetch: (input, init) => handle(input instanceof Request && init === undefined ? input : new Request(input, init)),
    client: () => createXerotierClient({ fetch: (request) => handle(request), baseUrl: "http://contract.test", project: "proj_contract", apiKey, maxRetries: 0 }),
    apiKey,
    writes,
    data,
  };
}
