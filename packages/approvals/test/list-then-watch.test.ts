/**
 * List, then watch (the informer pattern). A watch or a notifier started without a resume point
 * while the API refuses connections, then answers 503, must deliver the approval that landed just
 * before its first successful connection: its "now" is when it was started, not when it first got
 * through. On the reference router (which sends `stream.open`) and on a server written from the
 * contract without `stream.open`.
 */
import { createXerotierClient, type ReconnectInfo, type XerotierClient } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createApprovals, createNotifier, deliveryKey, isSyntheticEvent, memoryCoordination, type ApprovalEvent } from "../src/index";
import { contractServer, type ContractServer } from "./contract-server";
import { proxyTo, startGate, type StartGate } from "./start-gate";
import { crashable, until, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const workspaceId = DEMO.workspaces.staging;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});


/** Where the API lives behind the gate, and how an approval lands there. */
interface Backend {
  name: string;
  start(): { handler: Parameters<typeof startGate>[0]; land(): string; stop(): void };
}

const backends: Backend[] = [
  {
    name: "the reference router (stream.open)",
    start: () => ({ handler: proxyTo(h.baseUrl), land: () => h.injectApproval({ risk: "destructive", workspaceId }).id, stop: () => undefined }),
  },
  {
    name: "a contract server without stream.open",
    start: () => {
      const server: ContractServer = contractServer();
      return { handler: server.handler, land: () => server.open({ workspaceId }).id, stop: () => server.closeStreams() };
    },
  },
];

/** A client of the API behind a gate that refuses connections for now; every stream attempt is recorded. */
async function downApi(backend: Backend) {
  const api = backend.start();
  const gate: StartGate = await startGate(api.handler);
  cleanups.push(() => gate.close(), () => api.stop());
  const client: XerotierClient = createXerotierClient({ baseUrl: gate.url, project: "proj_demo", apiKey: "xero_demo_admin", maxRetries: 0 });
  const reconnects: ReconnectInfo[] = [];
  const stream = { baseDelayMs: 10, maxDelayMs: 50, onReconnect: (info: ReconnectInfo) => void reconnects.push(info) };
  /** Refused twice, then 503 twice; the approval lands; the next attempt gets through. Returns its id. */
  const comeUp = async (): Promise<string> => {
    await until(() => reconnects.length >= 2, "two refused connections");
    await gate.unavailable();
    await until(() => gate.unavailableAnswers >= 2, "two 503 answers");
    const landed = api.land();
    gate.open();
    return landed;
  };
  return { client, stream, reconnects, comeUp, land: api.land };
}

describe.each(backends)("started while the API is down: $name", (backend) => {
  it("approvals.watch() delivers the approval that landed before its first successful connection, once, then follows", async () => {
    const api = await downApi(backend);
    const watch = createApprovals(api.client).watch({ workspaceId, stream: api.stream });
    cleanups.push(() => watch.close());
    const seen: ApprovalEvent[] = [];
    const pulling = (async () => {
      for await (const event of watch) if (seen.push(event) > 500) return; // ends on close()
    })();
    const landed = await api.comeUp();
    await until(() => seen.some((e) => e.data.id === landed), "the landed approval");
    const live = api.land();
    await until(() => seen.some((e) => e.data.id === live), "an approval made after the start");
    watch.close();
    await pulling;

    const aboutLanded = seen.filter((e) => e.data.id === landed);
    expect(aboutLanded).toHaveLength(1);
    expect(aboutLanded[0]).toMatchObject({ type: "exec.approval_requested", data: { status: "pending" } });
    expect(isSyntheticEvent(aboutLanded[0]!)).toBe(true); // it came from the list
    expect(seen.filter((e) => e.data.id === live)).toHaveLength(1);
    expect(api.reconnects.some((r) => (r.error as { status?: number } | undefined)?.status === 503)).toBe(true);
  });

  it("a notifier on a fresh coordination delivers it too, once", async () => {
    const api = await downApi(backend);
    const delivered: string[] = [];
    const notifier = createNotifier({
      approvals: createApprovals(api.client),
      coordination: memoryCoordination(),
      filter: { workspaceId, stream: api.stream },
      deliver: (event) => void delivered.push(deliveryKey(event)),
    });
    const running = notifier.run();
    cleanups.push(async () => {
      notifier.stop();
      await running;
    });
    const landed = await api.comeUp();
    await until(() => delivered.includes(`${landed}:exec.approval_requested`), "the landed approval");
    const live = api.land();
    await until(() => delivered.includes(`${live}:exec.approval_requested`), "an approval made after the start");
    notifier.stop();
    const stats = await running;
    expect(delivered.filter((key) => key.startsWith(landed))).toEqual([`${landed}:exec.approval_requested`]);
    expect(delivered.filter((key) => key.startsWith(live))).toEqual([`${live}:exec.approval_requested`]);
    expect(stats.failed).toBe(0);
  });
});

describe("a notifier on a fresh coordination, the API up", () => {
  it("lists what is pending at its start; a leader that dies during that list leaves the rest to its successor, which lists again", async () => {
    const shared = memoryCoordination({ leaseMs: 300 });
    const pending = [h.injectApproval({ risk: "destructive", workspaceId }).id, h.injectApproval({ risk: "destructive", workspaceId }).id];
    const dying = crashable(shared); // its second delivery never finishes either
    const byLeader: string[] = [];
    const leader = createNotifier({
      approvals: createApprovals(h.client()),
      coordination: dying.coordination,
      filter: { workspaceId },
      deliver: (event, { signal }) => {
        if (!pending.includes(event.data.id)) return;
        if (byLeader.push(event.data.id) === 1) return;
        return new Promise<void>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));
      },
    });
    const runningLeader = leader.run();
    await until(() => byLeader.length === 2, "the leader to deliver one and hang on the other");
    dying.crash();
    leader.stop();
    await runningLeader;

    const bySuccessor: string[] = [];
    const successor = createNotifier({
      approvals: createApprovals(h.client()),
      coordination: shared.contender(),
      filter: { workspaceId },
      deliver: (event) => void (pending.includes(event.data.id) && bySuccessor.push(event.data.id)),
    });
    const runningSuccessor = successor.run();
    await until(() => bySuccessor.length === 1, "the successor to deliver the other one");
    successor.stop();
    await runningSuccessor;
    expect(bySuccessor).toEqual([byLeader[1]]); // the first one is in the ledger: not twice
    expect(new Set(byLeader)).toEqual(new Set(pending));
  });
});

describe("list, then watch: the seam between the two", () => {
  it("an approval made between the connection and the list comes once (the list's copy), not again from the stream", async () => {
    let landed: string | undefined;
    const server: ContractServer = contractServer({ beforeList: () => void (landed ??= server.open({ workspaceId }).id) });
    const gate = await startGate(server.handler);
    await gate.unavailable();
    gate.open();
    cleanups.push(() => gate.close(), () => server.closeStreams());
    const client = createXerotierClient({ baseUrl: gate.url, project: "proj_demo", apiKey: "xero_demo_admin", maxRetries: 0 });
    const watch = createApprovals(client).watch({ workspaceId });
    const seen: ApprovalEvent[] = [];
    const pulling = (async () => {
      for await (const event of watch) if (seen.push(event) > 100) return;
    })();
    await until(() => landed !== undefined && seen.some((e) => e.data.id === landed), "the approval made during the list");
    const live = server.open({ workspaceId }).id;
    await until(() => seen.some((e) => e.data.id === live), "a later approval");
    watch.close();
    await pulling;
    expect(seen.filter((e) => e.data.id === landed)).toHaveLength(1);
  });

  it("mode: poll without a resume point: the first snapshot yields what is pending", async () => {
    const pending = h.injectApproval({ risk: "destructive", workspaceId }).id;
    const watch = createApprovals(h.client()).watch({ workspaceId, mode: "poll", pollIntervalMs: 20 });
    const seen: ApprovalEvent[] = [];
    for await (const event of watch) if (seen.push(event) > 100 || event.data.id === pending) break;
    expect(seen.filter((e) => e.data.id === pending)).toMatchObject([{ type: "exec.approval_requested", id: `poll:${pending}:exec.approval_requested` }]);
  });
});
