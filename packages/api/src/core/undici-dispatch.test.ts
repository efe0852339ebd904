// Timeouts and aborts on Node's own fetch: an attempt without a caller signal hands undici no
// AbortSignal (it is cancelled through its dispatcher), and a cancelled attempt really lets go of
// its connection, as the server sees. An injected fetch is cancelled through a signal, as before.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createXerotierClient } from "../client";
import { APITimeoutError, APIUserAbortError } from "../errors";
import { CancellableDispatch } from "./undici-dispatch";

const KEY = "xero_acme_0123456789abcdef";
const APPROVAL = { id: "ap_1", object: "approval", status: "approved" };

/** How the server answers a path: never, headers and half a body then nothing, or at once. */
const BEHAVIOUR: Record<string, "silent" | "half" | "ok"> = {
  "/proj_1/v1/exec/tools": "silent",
  "/proj_1/v1/exec/approvals": "half",
  "/proj_1/v1/exec/approvals/ap_1": "ok",
};

/** A request the server received (and answered as far as it does), with a promise of its socket closing. */
interface Received {
  url: string;
  socket: Socket;
  closed: Promise<void>;
}

let server: Server;
let origin: string;
const received: Received[] = [];
let onReceived: ((request: Received) => void) | undefined;

/** Resolves with the next request the server receives, once it has answered as far as it does. */
function nextRequest(): Promise<Received> {
  return new Promise((resolve) => (onReceived = resolve));
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    const socket = req.socket;
    const request = { url: req.url ?? "", socket, closed: new Promise<void>((resolve) => socket.once("close", () => resolve())) };
    received.push(request);
    const behaviour = BEHAVIOUR[req.url ?? ""] ?? "ok";
    if (behaviour !== "silent") res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_local" });
    if (behaviour === "half") res.write('{"object":"list","data":[');
    if (behaviour === "ok") res.end(JSON.stringify(APPROVAL));
    onReceived?.(request);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});
beforeEach(() => {
  received.splice(0);
  onReceived = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const client = (options: Parameters<typeof createXerotierClient>[0] = {}) =>
  createXerotierClient({ apiKey: KEY, project: "proj_1", baseUrl: origin, maxRetries: 0, ...options });
type Init = RequestInit & { dispatcher?: unknown };

/**
 * Records the init of every call to the platform's fetch, passing each call through unchanged;
 * `answered` resolves once a call's response headers are in.
 */
function spyOnPlatformFetch(): { inits: Init[]; answered: Promise<void> } {
  const inits: Init[] = [];
  const platform = globalThis.fetch;
  let headersIn: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (headersIn = resolve));
  vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    inits.push(init as Init);
    return platform(input, init).then((response) => {
      headersIn();
      return response;
    });
  });
  return { inits, answered };
}

// Only the attempt timers are faked: sockets and undici run for real, and each step waits for an
// event (the server got the request, the headers are in), never for time to pass.
const fakeAttemptTimers = () => vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });

describe("an attempt on Node's fetch without a caller signal", () => {
  it("hands fetch no AbortSignal, only its dispatcher, and still succeeds", async () => {
    const { inits } = spyOnPlatformFetch();
    const { data } = await client().GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "ap_1" } } });
    expect(data).toEqual(APPROVAL);
    expect(inits).toHaveLength(1);
    expect(inits[0]?.signal).toBeUndefined();
    expect(inits[0]?.dispatcher).toBeDefined();
  });

  it("times out while waiting for the headers, and the server sees the connection closed", async () => {
    const { inits } = spyOnPlatformFetch();
    fakeAttemptTimers();
    const arrived = nextRequest();
    const call = client({ timeoutMs: 1_000 }).GET("/v1/exec/tools").catch((e: unknown) => e);
    const request = await arrived;
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await call;
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toBe("Request timed out after 1000 ms.");
    expect(inits[0]?.signal).toBeUndefined();
    await request.closed;
    expect(received).toHaveLength(1);
  });

  it("times out a body that stalls after the headers, and the server sees the connection closed", async () => {
    const { answered } = spyOnPlatformFetch();
    fakeAttemptTimers();
    const arrived = nextRequest();
    const call = client({ timeoutMs: 1_000 }).GET("/v1/exec/approvals").catch((e: unknown) => e);
    const request = await arrived;
    await answered;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await call).toBeInstanceOf(APITimeoutError);
    await request.closed;
  });

  it("retries a timed-out attempt on a new connection and returns the later answer", async () => {
    BEHAVIOUR["/proj_1/v1/exec/approvals/ap_2"] = "silent";
    fakeAttemptTimers();
    const arrived = nextRequest();
    const call = client({ timeoutMs: 1_000, maxRetries: 1 }).GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "ap_2" } } });
    const first = await arrived;
    // Only the retry gets an answer.
    BEHAVIOUR["/proj_1/v1/exec/approvals/ap_2"] = "ok";
    const retried = nextRequest();
    await vi.advanceTimersByTimeAsync(1_000); // the first attempt's timeout
    await first.closed;
    await vi.advanceTimersByTimeAsync(1_000); // the backoff (at most 500 ms before the first retry)
    const second = await retried;
    const { data } = await call;
    expect(data).toEqual(APPROVAL);
    expect(second.socket).not.toBe(first.socket);
  });

  it("passes the caller's signal as is; aborting it rejects with APIUserAbortError (reason as cause) and closes the connection", async () => {
    const { inits } = spyOnPlatformFetch();
    const controller = new AbortController();
    const arrived = nextRequest();
    const call = client().GET("/v1/exec/tools", { signal: controller.signal }).catch((e: unknown) => e);
    const request = await arrived;
    const reason = new Error("operator stopped it");
    controller.abort(reason);
    const error = await call;
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toBe(reason);
    expect(inits[0]?.signal).toBe(controller.signal);
    await request.closed;
  });
});

describe("an injected fetch", () => {
  it("is cancelled through the signal of its Request, and the server sees the connection closed", async () => {
    const signals: AbortSignal[] = [];
    const fetch = (request: Request) => {
      signals.push(request.signal);
      return globalThis.fetch(request);
    };
    fakeAttemptTimers();
    const arrived = nextRequest();
    const call = client({ fetch, timeoutMs: 1_000 }).GET("/v1/exec/tools").catch((e: unknown) => e);
    const request = await arrived;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await call).toBeInstanceOf(APITimeoutError);
    expect(signals[0]?.aborted).toBe(true);
    await request.closed;
  });
});

describe("a global fetch that ignores `dispatcher` (a patched or non-undici fetch)", () => {
  it("still ends the attempt at its timeout, and the client's later calls hand it a signal", async () => {
    vi.useFakeTimers();
    const inits: Init[] = [];
    const answers = [
      () => new Promise<Response>(() => undefined), // never answers, never looks at init
      () => Promise.resolve(new Response(JSON.stringify(APPROVAL), { headers: { "content-type": "application/json" } })),
    ];
    vi.stubGlobal("fetch", (_input: unknown, init: Init) => {
      inits.push(init);
      return answers[inits.length - 1]!();
    });
    const xero = client({ timeoutMs: 1_000 });
    const first = xero.GET("/v1/exec/tools").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await first).toBeInstanceOf(APITimeoutError);
    expect(inits[0]?.signal).toBeUndefined();
    const { data } = await xero.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "ap_1" } } });
    expect(data).toEqual(APPROVAL);
    expect(inits[1]?.signal).toBeInstanceOf(AbortSignal);
    expect(inits[1]?.dispatcher).toBeUndefined();
  });

  it("switches to signals as soon as a response arrives without going through the dispatcher", async () => {
    const inits: Init[] = [];
    vi.stubGlobal("fetch", (_input: unknown, init: Init) => {
      inits.push(init);
      return Promise.resolve(new Response(JSON.stringify(APPROVAL), { headers: { "content-type": "application/json" } }));
    });
    const xero = client();
    await xero.GET("/v1/exec/tools");
    await xero.GET("/v1/exec/tools");
    expect(inits.map((init) => init.signal instanceof AbortSignal)).toEqual([false, true]);
  });
});

describe("CancellableDispatch", () => {
  const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");
  const slot = globalThis as unknown as Record<symbol, unknown>;
  type Hooks = Record<string, (...args: unknown[]) => unknown>;
  let previous: unknown;
  beforeEach(() => void (previous = slot[GLOBAL_DISPATCHER]));
  afterEach(() => {
    // Put back exactly what was there: an own property left holding `undefined` is not "no dispatcher yet".
    if (previous === undefined) delete slot[GLOBAL_DISPATCHER];
    else slot[GLOBAL_DISPATCHER] = previous;
  });

  /** Installs a global dispatcher that hands each request's handler to `received`; returns the aborts it saw. */
  function globalDispatcher(received: (handler: Hooks, abort: (reason: Error) => void) => void): Error[] {
    const aborts: Error[] = [];
    slot[GLOBAL_DISPATCHER] = {
      dispatch: (_options: object, handler: Hooks) => {
        received(handler, (reason) => void aborts.push(reason));
        return true;
      },
    };
    return aborts;
  }

  /** A handler with `hooks` that records each call with its first argument. */
  function recording(hooks: string[]): { handler: Hooks; calls: Array<[string, unknown]> } {
    const calls: Array<[string, unknown]> = [];
    return { calls, handler: Object.fromEntries(hooks.map((hook) => [hook, (arg: unknown) => void calls.push([hook, arg])])) };
  }

  it.each([
    ["undici ≤ 7", ["onConnect", "onHeaders", "onData", "onComplete", "onError", "onUpgrade"]],
    ["undici 8", ["onRequestStart", "onResponseStart", "onResponseData", "onResponseEnd", "onResponseError", "onRequestUpgrade"]],
  ])("forwards every hook of %s's handler API, and only those of it, and aborts the request when cancelled", (_api, hooks) => {
    let forwarded: Hooks | undefined;
    let abort: ((reason: Error) => void) | undefined;
    const aborts = globalDispatcher((handler, abortRequest) => {
      forwarded = handler;
      abort = abortRequest;
    });
    const { handler, calls } = recording(hooks);
    const dispatch = new CancellableDispatch();
    dispatch.dispatch({}, handler);
    expect(typeof forwarded!.onRequestStart === "function").toBe(hooks.includes("onRequestStart"));
    expect(typeof forwarded!.onConnect === "function").toBe(hooks.includes("onConnect"));
    // The first hook starts the request: undici ≤ 7 passes the abort itself, undici 8 a controller.
    const start = hooks[0] === "onConnect" ? abort : { abort };
    forwarded![hooks[0]!]!(start);
    for (const hook of hooks.slice(1)) forwarded![hook]!(hook);
    expect(calls).toEqual([[hooks[0], start], ...hooks.slice(1).map((hook) => [hook, hook])]);
    expect(aborts).toEqual([]);
    dispatch.cancel();
    expect(aborts).toHaveLength(1);
    expect(aborts[0]).toMatchObject({ name: "TimeoutError" });
  });

  it("aborts a request cancelled before it reached a connection as soon as it does", () => {
    let connect: (() => void) | undefined;
    const aborts = globalDispatcher((handler, abort) => {
      connect = () => handler.onConnect!(abort);
    });
    const dispatch = new CancellableDispatch();
    dispatch.dispatch({}, recording(["onConnect", "onHeaders", "onData", "onComplete", "onError"]).handler);
    dispatch.cancel();
    expect(aborts).toEqual([]);
    connect!();
    expect(aborts).toHaveLength(1);
  });
});
