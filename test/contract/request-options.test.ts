/**
 * One contract, every helper package: a method's trailing `RequestOptions` reach the wire. An abort
 * in flight rejects with APIUserAbortError, an already aborted signal sends nothing, `timeoutMs`
 * limits one call and `maxRetries` counts its retries; a wait's `maxWaitMs` above setTimeout's
 * 2^31-1 ms does not end it at once. One row per package, run against the in-process router
 * (its `fetch`, no socket). What only one package has (idempotency keys, aggregate calls, waits'
 * own options) stays in that package's request-options suite.
 */
import { AgentWaitTimeoutError, createAgents } from "@xerotier/agents";
import { APITimeoutError, APIUserAbortError, ServiceUnavailableError, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { ApprovalWaitTimeoutError, createApprovals } from "@xerotier/approvals";
import { createExec, InvocationWaitTimeoutError } from "@xerotier/exec";
import { createDriftingRouter, DEMO } from "@xerotier/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";

const server = createDriftingRouter();
afterAll(() => server.router.close());
afterEach(() => {
  server.router.faults.reset();
  server.router.reset();
});

type Read = (client: XerotierClient, options: RequestOptions) => Promise<unknown>;

/** One package's methods under the contract. */
interface Row {
  readonly pkg: string;
  /** The path of `get()`'s one request. */
  readonly getPath: RegExp;
  /** `get()` of a demo resource, and the id it answers with. */
  readonly get: Read;
  readonly id: string;
  /** Reads that an abort in flight must end, by name (the pagination of `list()` included). */
  readonly reads: Record<string, Read>;
  /** A call that changes state, and a check that it did not. */
  readonly change: { readonly name: string; call(client: XerotierClient, options: RequestOptions): Promise<unknown>; unchanged(client: XerotierClient): Promise<void> };
  /** A wait that never ends on the demo seed unless its `maxWaitMs` runs out or its signal aborts. */
  readonly wait: { readonly name: string; call(client: XerotierClient, options: { maxWaitMs: number; pollIntervalMs: number; signal: AbortSignal }): Promise<unknown>; timeout: new (...args: never[]) => Error };
}

const { agents: AG, approvals: AP, invocations: INV } = DEMO;

const ROWS: readonly Row[] = [
  {
    pkg: "approvals",
    getPath: /^\/v1\/exec\/approvals\/[^/]+$/,
    get: (client, options) => createApprovals(client).get(AP.pendingDestructive, options),
    id: AP.pendingDestructive,
    reads: {
      "get()": (client, options) => createApprovals(client).get(AP.pendingDestructive, options),
      "list()": (client, options) => createApprovals(client).list({}, options).toArray(),
    },
    change: {
      name: "approve()",
      call: (client, options) => createApprovals(client).approve(AP.pendingDestructive, { note: "late" }, options),
      unchanged: async (client) => expect((await createApprovals(client).get(AP.pendingDestructive)).status).toBe("pending"),
    },
    wait: {
      name: "waitForDecision()",
      call: (client, options) => createApprovals(client).waitForDecision(AP.pendingDestructive, options),
      timeout: ApprovalWaitTimeoutError,
    },
  },
  {
    pkg: "exec",
    getPath: /^\/v1\/exec\/invocations\/[^/]+$/,
    get: (client, options) => createExec(client).get(INV.failed, options),
    id: INV.failed,
    reads: {
      "get()": (client, options) => createExec(client).get(INV.failed, options),
      "output()": (client, options) => createExec(client).output(INV.failed, options),
      "timeline()": (client, options) => createExec(client).timeline(INV.failed, options),
    },
    change: {
      name: "cancel()",
      call: (client, options) => createExec(client).cancel(INV.pendingApproval, options),
      unchanged: async (client) => expect((await createExec(client).get(INV.pendingApproval)).status).toBe("pending_approval"),
    },
    wait: {
      name: "waitForCompletion()",
      call: (client, options) => createExec(client).waitForCompletion(INV.pendingApproval, { ...options, stream: false }),
      timeout: InvocationWaitTimeoutError,
    },
  },
  {
    pkg: "agents",
    getPath: /^\/v1\/management\/agents\/[^/]+$/,
    get: (client, options) => createAgents(client).get(AG.fleet01, options),
    id: AG.fleet01,
    reads: { "get()": (client, options) => createAgents(client).get(AG.fleet01, options) },
    change: {
      name: "pauseExec()",
      call: (client, options) => createAgents(client).pauseExec(AG.fleet01, {}, options),
      unchanged: async (client) => expect((await createAgents(client).get(AG.fleet01)).exec_paused).toBe(false),
    },
    wait: {
      name: "waitForHealthy() of a degraded agent",
      call: (client, options) => {
        server.router.agents.setStatus(AG.fleet01, "degraded");
        return createAgents(client).waitForHealthy(AG.fleet01, options);
      },
      timeout: AgentWaitTimeoutError,
    },
  },
];

/** Lets the router and the client take turns (a hung request reaches the router). */
const turn = (ms = 10) => new Promise((resolve) => setTimeout(resolve, ms));

/** Aborts `controller` once the router holds the hung request (the fault has fired). */
async function abortWhenHung(controller: AbortController, hung: { readonly triggered: number }): Promise<void> {
  for (let i = 0; i < 500 && hung.triggered === 0; i++) await turn();
  controller.abort(new Error("operator pressed Ctrl-C"));
}

describe.each(ROWS)("$pkg: request options reach the wire", (row) => {
  it.each(Object.entries(row.reads))("%s: aborting a request in flight rejects with APIUserAbortError", async (_name, read) => {
    const hung = server.router.faults.hang({ method: "GET" });
    const controller = new AbortController();
    const reading = read(server.client(), { signal: controller.signal });
    await abortWhenHung(controller, hung);
    await expect(reading).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it(`${row.change.name}: an already aborted signal sends nothing and rejects with APIUserAbortError`, async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(row.change.call(server.client(), { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    await row.change.unchanged(server.client());
  });

  it("timeoutMs limits one get(): a stalled answer is an APITimeoutError", async () => {
    server.router.faults.hang({ method: "GET", path: row.getPath });
    await expect(row.get(server.client(), { timeoutMs: 50, maxRetries: 0 })).rejects.toBeInstanceOf(APITimeoutError);
  });

  it("maxRetries: 0 makes one attempt; maxRetries: 2 outlasts two failures", async () => {
    const client = server.client();
    const once = server.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: row.getPath } });
    await expect(row.get(client, { maxRetries: 0 })).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(once.triggered).toBe(1);
    const twice = server.router.faults.failNext(2, { status: 503, retryAfter: 0, match: { method: "GET", path: row.getPath } });
    await expect(row.get(client, { maxRetries: 2 })).resolves.toMatchObject({ id: row.id });
    expect(twice.triggered).toBe(2);
  });

  it("a client set to retry nothing still retries the one call given maxRetries", async () => {
    server.router.faults.failNext(1, { status: 503, retryAfter: 0, match: { method: "GET", path: row.getPath } });
    await expect(row.get(server.client({ maxRetries: 0 }), { maxRetries: 1 })).resolves.toMatchObject({ id: row.id });
  });

  it(`${row.wait.name}: a maxWaitMs above 2^31 ms does not end the wait at once`, async () => {
    const controller = new AbortController();
    const waiting = row.wait.call(server.client(), { maxWaitMs: 2 ** 31 + 10, pollIntervalMs: 5, signal: controller.signal });
    await turn(100);
    controller.abort();
    const error = await waiting.catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(row.wait.timeout);
    expect(error).toBeInstanceOf(APIUserAbortError);
  });
});
