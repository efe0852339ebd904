import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createXerotierClient } from "./client";
import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  InvalidPathParameterError,
  InvalidResponseError,
  NotFoundError,
  ServiceUnavailableError,
  XerotierConfigError,
} from "./errors";
import { VERSION } from "./version";

const KEY = "xero_acme_0123456789abcdef";
const APPROVAL = {
  id: "5f0c6f8e-0000-4000-8000-000000000001",
  object: "approval",
  status: "approved",
};

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
}

/** Injected fetch answering from a script (one entry per attempt) and recording every attempt. */
function scripted(...responses: Array<() => Response>) {
  const sent: Sent[] = [];
  const fetch = vi.fn(async (request: Request) => {
    sent.push({ url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body: await request.text() });
    return responses[Math.min(sent.length - 1, responses.length - 1)]!();
  });
  return { fetch, sent };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const apiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: { message: `failed: ${code}`, type: "error", code } }, { "x-request-id": `req_${status}`, ...headers });

function client(fetch: (request: Request) => Promise<Response>, options: Parameters<typeof createXerotierClient>[0] = {}) {
  return createXerotierClient({ apiKey: KEY, project: "proj_1", fetch, ...options });
}

beforeEach(() => {
  vi.stubEnv("XEROTIER_API_KEY", undefined);
  vi.stubEnv("XEROTIER_PROJECT", undefined);
  vi.stubEnv("XEROTIER_BASE_URL", undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("createXerotierClient", () => {
  it("calls `${baseUrl}/${project}` + path and resolves to { data, response, requestId }", async () => {
    const { fetch, sent } = scripted(json(200, APPROVAL, { "x-request-id": "req_abc" }));
    const xero = client(fetch, { baseUrl: "https://eu.api.test/" });
    const { data, response, requestId } = await xero.GET("/v1/exec/approvals/{approval_id}", {
      params: { path: { approval_id: APPROVAL.id } },
    });
    expect(sent[0]?.url).toBe(`https://eu.api.test/proj_1/v1/exec/approvals/${APPROVAL.id}`);
    expect(data).toEqual(APPROVAL);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_abc");
    expect(xero).toMatchObject({ baseUrl: "https://eu.api.test/proj_1", project: "proj_1" });
  });

  it("falls back to the environment", async () => {
    vi.stubEnv("XEROTIER_API_KEY", KEY);
    vi.stubEnv("XEROTIER_PROJECT", "proj_env");
    vi.stubEnv("XEROTIER_BASE_URL", "http://127.0.0.1:9");
    const { fetch, sent } = scripted(json(200, { object: "list", data: [], has_more: false }));
    await createXerotierClient({ fetch }).GET("/v1/exec/tools");
    expect(sent[0]?.url).toBe("http://127.0.0.1:9/proj_env/v1/exec/tools");
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("throws XerotierConfigError naming option and variable when key or project is missing", () => {
    expect(() => createXerotierClient({ project: "p" })).toThrow(
      new XerotierConfigError("Missing API key: pass `apiKey` to createXerotierClient or set XEROTIER_API_KEY."),
    );
    expect(() => createXerotierClient({ apiKey: KEY })).toThrow(/Missing project: pass `project`.*XEROTIER_PROJECT/);
  });

  it("sends auth, user agent, accept and request id on every attempt", async () => {
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable"), apiError(502, "x"), json(200, APPROVAL));
    const xero = client(fetch, { userAgent: "approver-bot/2.0", maxRetries: 2, headers: { "x-team": "sre" } });
    vi.useFakeTimers();
    const call = xero.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: APPROVAL.id } } });
    await vi.runAllTimersAsync();
    await call;
    expect(sent).toHaveLength(3);
    const requestId = sent[0]?.headers["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    for (const attempt of sent) {
      expect(attempt.headers).toMatchObject({
        authorization: `Bearer ${KEY}`,
        "user-agent": `xerotier-sdk-typescript/${VERSION} approver-bot/2.0`,
        accept: "application/json",
        "x-request-id": requestId,
        "x-team": "sre",
      });
      expect(attempt.headers["idempotency-key"]).toBeUndefined();
    }
  });

  it("sends one Idempotency-Key per POST call, identical on each retry and different across calls", async () => {
    const { fetch, sent } = scripted(apiError(500, "internal_error"), json(200, APPROVAL));
    const xero = client(fetch);
    vi.useFakeTimers();
    const approve = () =>
      xero.POST("/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: APPROVAL.id } }, body: { note: "ok" } });
    const first = approve();
    await vi.runAllTimersAsync();
    await first;
    const second = approve();
    await vi.runAllTimersAsync();
    await second;
    const keys = sent.map((s) => s.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(sent.map((s) => s.body)).toEqual(Array(3).fill('{"note":"ok"}'));
  });

  it("keeps a caller-provided Idempotency-Key", async () => {
    const { fetch, sent } = scripted(json(200, APPROVAL));
    await client(fetch).POST("/v1/exec/approvals/{approval_id}/approve", {
      params: { path: { approval_id: APPROVAL.id }, header: { "Idempotency-Key": "my-key-1" } },
    });
    expect(sent[0]?.headers["idempotency-key"]).toBe("my-key-1");
  });

  it("throws the typed error, with the response's request id, through onError middleware", async () => {
    const { fetch } = scripted(apiError(404, "approval_not_found"));
    const xero = client(fetch);
    const seen: unknown[] = [];
    xero.use({ onError: ({ error }) => void seen.push(error) });
    const error = await xero
      .GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "nope" } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: "approval_not_found", requestId: "req_404", status: 404 });
    expect(seen).toEqual([error]);
  });

  it("runs user middleware once per call, above the retries", async () => {
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable"), json(200, APPROVAL));
    const xero = client(fetch);
    const onRequest = vi.fn();
    xero.use({ onRequest });
    vi.useFakeTimers();
    const call = xero.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: APPROVAL.id } } });
    await vi.runAllTimersAsync();
    await call;
    expect(sent).toHaveLength(2);
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it("hands middleware a Request carrying the call's ids, and calls go on without it once ejected", async () => {
    const { fetch, sent } = scripted(json(200, APPROVAL));
    const xero = client(fetch);
    const seen: Request[] = [];
    const spy = { onRequest: ({ request }: { request: Request }) => void seen.push(request) };
    xero.use(spy, spy);
    xero.eject(spy);
    await xero.POST("/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: APPROVAL.id } }, body: { note: "ok" } });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[0]?.headers.get("x-request-id")).toBe(sent[0]?.headers["x-request-id"]);
    expect(seen[0]?.headers.get("idempotency-key")).toBe(sent[0]?.headers["idempotency-key"]);
    xero.eject(spy);
    await xero.GET("/v1/exec/tools");
    expect(seen).toHaveLength(1);
    expect(sent).toHaveLength(2);
  });

  it("keeps a call's own options when middleware replaces its Request", async () => {
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable", { "retry-after": "0" }), json(200, APPROVAL));
    const xero = client(fetch, { maxRetries: 2 });
    xero.use({ onRequest: ({ request }) => new Request(request, { headers: { "x-tenant": "blue" } }) });
    await expect(xero.GET("/v1/exec/tools", { maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers["x-tenant"]).toBe("blue");
  });

  it("turns an error Response returned by middleware into a typed error", async () => {
    const { fetch } = scripted(json(200, APPROVAL));
    const xero = client(fetch);
    xero.use({ onRequest: () => new Response('{"error":{"message":"denied","type":"t","code":"authentication_error"}}', { status: 401 }) });
    await expect(xero.GET("/v1/exec/tools")).rejects.toBeInstanceOf(AuthenticationError);
  });

  it("keeps the API key out of errors built from requests that carried it", async () => {
    // A misbehaving proxy that echoes the request back, credentials included.
    const echo = () =>
      new Response(`<html><pre>Authorization: Bearer ${KEY}</pre></html>`, {
        status: 503,
        headers: { "content-type": "text/html", "set-cookie": `session=${KEY}` },
      });
    const { fetch } = scripted(echo);
    const error = await client(fetch, { maxRetries: 0 }).GET("/v1/exec/tools").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    for (const text of [JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain("0123456789abcdef");
    }
  });
});

describe("per-call RequestOptions", () => {
  const get = (xero: ReturnType<typeof client>, options: Record<string, unknown>) =>
    xero.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: APPROVAL.id } }, ...options });

  it("maxRetries overrides the client's retry count for that call only", async () => {
    const { fetch, sent } = scripted(apiError(503, "service_unavailable", { "retry-after": "0" }));
    const xero = client(fetch, { maxRetries: 3 });
    await expect(get(xero, { maxRetries: 0 })).rejects.toMatchObject({ status: 503 });
    expect(sent).toHaveLength(1);
  });

  it("timeoutMs overrides the client's per-attempt limit for that call only", async () => {
    const hang = vi.fn((request: Request) => new Promise<Response>((_, reject) => {
      request.signal.addEventListener("abort", () => reject(request.signal.reason));
    }));
    const xero = client(hang, { timeoutMs: 60_000, maxRetries: 0 });
    await expect(get(xero, { timeoutMs: 20 })).rejects.toMatchObject({ name: "APITimeoutError" });
  });

  it("idempotencyKey is sent as the Idempotency-Key of the call, on every retry", async () => {
    const { fetch, sent } = scripted(apiError(500, "internal_error", { "retry-after": "0" }), json(200, APPROVAL));
    await client(fetch).POST("/v1/exec/approvals/{approval_id}/approve", {
      params: { path: { approval_id: APPROVAL.id } },
      body: { note: "ok" },
      idempotencyKey: "approve-once",
    });
    expect(sent.map((s) => s.headers["idempotency-key"])).toEqual(["approve-once", "approve-once"]);
    expect(sent.every((s) => !("timeoutms" in s.headers))).toBe(true);
  });

  it("rejects an invalid per-call limit with XerotierConfigError before sending", async () => {
    const { fetch, sent } = scripted(json(200, APPROVAL));
    await expect(get(client(fetch), { maxRetries: -1 })).rejects.toMatchObject({ name: "XerotierConfigError" });
    await expect(get(client(fetch), { timeoutMs: 0 })).rejects.toMatchObject({ name: "XerotierConfigError" });
    expect(sent).toHaveLength(0);
  });
});

describe("reading bodies", () => {
  it("returns the text when the caller asks for parseAs text", async () => {
    const { fetch } = scripted(json(200, APPROVAL));
    const { data } = await client(fetch).GET("/v1/exec/approvals/{approval_id}", {
      params: { path: { approval_id: APPROVAL.id } },
      parseAs: "text",
    });
    expect(data).toBe(JSON.stringify(APPROVAL));
  });

  it("resolves data to undefined for a 204", async () => {
    const { fetch } = scripted(() => new Response(null, { status: 204, headers: { "x-request-id": "req_204" } }));
    const result = await client(fetch).DELETE("/v1/workspaces/{workspace_id}/bindings/{agent_id}", {
      params: { path: { workspace_id: "ws_1", agent_id: "agt_1" } },
    });
    expect(result.data).toBeUndefined();
    expect(result.requestId).toBe("req_204");
  });

  it("parses a body that a middleware substituted, with the same checks", async () => {
    const { fetch } = scripted(json(200, APPROVAL));
    const xero = client(fetch);
    const swap = { onResponse: () => new Response('{"id":"from-middleware"}', { status: 200 }) };
    xero.use(swap);
    expect((await xero.GET("/v1/exec/tools")).data).toEqual({ id: "from-middleware" });
    xero.eject(swap);
    xero.use({ onResponse: () => new Response("<html>proxy</html>", { status: 200 }) });
    await expect(xero.GET("/v1/exec/tools")).rejects.toBeInstanceOf(InvalidResponseError);
  });

  it("keeps the raw openapi-fetch client working, with typed errors thrown by its fetch", async () => {
    const { fetch } = scripted(json(200, APPROVAL), apiError(404, "approval_not_found"));
    const xero = client(fetch);
    const { data } = await xero.raw.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: APPROVAL.id } } });
    expect(data).toEqual(APPROVAL);
    await expect(
      xero.raw.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: APPROVAL.id } } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reports an unreadable 200 as InvalidResponseError with an excerpt", async () => {
    const { fetch } = scripted(() => new Response('{"id": "5f0c', { status: 200, headers: { "content-type": "application/json" } }));
    const error = await client(fetch).GET("/v1/exec/tools").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ status: 200, bodyExcerpt: '{"id": "5f0c' });
  });
});

describe("client.fetch", () => {
  it("resolves /paths against the project URL and applies the same headers and retries", async () => {
    const stream = () => new Response(": hi\n\n", { status: 200, headers: { "content-type": "text/event-stream" } });
    const { fetch, sent } = scripted(apiError(503, "backend_unavailable"), stream);
    const xero = client(fetch);
    vi.useFakeTimers();
    const pending = xero.fetch("/v1/exec/events?types=exec.approved", { headers: { accept: "text/event-stream" } });
    await vi.runAllTimersAsync();
    const response = await pending;
    expect(await response.text()).toBe(": hi\n\n");
    expect(sent).toHaveLength(2);
    for (const attempt of sent) {
      expect(attempt.url).toBe("https://api.xerotier.ai/proj_1/v1/exec/events?types=exec.approved");
      expect(attempt.headers).toMatchObject({ authorization: `Bearer ${KEY}`, accept: "text/event-stream" });
      expect(attempt.headers["user-agent"]).toContain("xerotier-sdk-typescript/");
      expect(attempt.headers["x-request-id"]).toBe(sent[0]?.headers["x-request-id"]);
    }
  });

  it("leaves Accept to the caller and returns a readable JSON response", async () => {
    const { fetch, sent } = scripted(json(200, APPROVAL));
    const response = await client(fetch).fetch(`/v1/exec/approvals/${APPROVAL.id}`);
    expect(await response.json()).toEqual(APPROVAL);
    expect(sent[0]?.headers.accept).toBeUndefined();
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("throws typed errors for non-2xx answers", async () => {
    const { fetch } = scripted(apiError(401, "authentication_error"));
    await expect(client(fetch).fetch(`https://api.xerotier.ai/proj_1/v1/exec/events`)).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe("over a real socket", () => {
  let server: Server;
  let origin: string;
  const seen: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.endsWith("/v1/exec/tools")) {
        // Headers and half a body, then silence: only a timeout can end this.
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"object":"list","data":[');
        return;
      }
      seen.push(req.url ?? "");
      res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_local" });
      res.end(JSON.stringify(APPROVAL));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => void seen.splice(0));

  const get = (approval_id: unknown) =>
    createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: origin }).GET("/v1/exec/approvals/{approval_id}", {
      params: { path: { approval_id: approval_id as string } },
    });

  it.each([
    ["a/b", "a%2Fb"],
    ["../../x", "..%2F..%2Fx"],
    ["%2e%2e", "%252e%252e"],
    ["...", "..."],
    ["id?admin=1#frag", "id%3Fadmin%3D1%23frag"],
    ["id with space", "id%20with%20space"],
  ])("encodes path parameter %j as exactly one segment (%s)", async (value, encoded) => {
    const { requestId } = await get(value);
    expect(seen).toEqual([`/proj_1/v1/exec/approvals/${encoded}`]);
    expect(requestId).toBe("req_local");
  });

  it.each([".", "..", "", undefined, null, { a: 1 }, ["a", "b"]])("rejects path parameter %j before sending anything", async (value) => {
    await expect(get(value)).rejects.toBeInstanceOf(InvalidPathParameterError);
    expect(seen).toEqual([]);
  });

  it("rejects a templated path called without params", async () => {
    const xero = createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: origin });
    const call = (xero.GET as (path: string) => Promise<unknown>)("/v1/exec/approvals/{approval_id}");
    await expect(call).rejects.toMatchObject({ name: "InvalidPathParameterError", param: "approval_id" });
    expect(seen).toEqual([]);
  });

  it("encodes the project as one segment", async () => {
    await createXerotierClient({ apiKey: KEY, project: "../admin", baseUrl: origin }).GET("/v1/exec/approvals");
    expect(seen).toEqual(["/..%2Fadmin/v1/exec/approvals"]);
  });

  it("times out a body that stalls after the headers", async () => {
    const xero = createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: origin, timeoutMs: 200, maxRetries: 0 });
    await expect(xero.GET("/v1/exec/tools")).rejects.toBeInstanceOf(APITimeoutError);
  });

  it("reports a refused connection as APIConnectionError", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const xero = createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await xero.GET("/v1/exec/tools").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as APIConnectionError).isRetryable).toBe(true);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });
});
