import { createDriftingRouter, DEMO, rewriteListItems, rewriteOnPath, withoutFields } from "@xerotier/testing";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createAgents, JoinKeyWaitTimeoutError, type UnknownStatusReport } from "../src/index";

const { agents: AG, workspaces: WS } = DEMO;
const server = createDriftingRouter();
afterAll(() => server.router.close());
afterEach(() => {
  server.rewrite = undefined;
  server.router.reset();
});

const joinKeyPath = /\/v1\/management\/join-keys\/[^/]+$/;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const KEY = { region: "eu-west-1", routerAddr: "tcp://127.0.0.1:5555" };

describe("waitForEnrollment without consumed_by_agent_id", () => {
  it("finds the agent registered under the key's name", async () => {
    const agents = createAgents(server.client());
    const key = await agents.createJoinKey({ name: "xem-edge-07", ...KEY });
    server.rewrite = rewriteOnPath(joinKeyPath, (k) => withoutFields(k, "consumed_by_agent_id", "status"));
    const waiting = agents.waitForEnrollment(key.id, { maxWaitMs: 10_000, pollIntervalMs: 5 });
    await tick();
    const enrolled = server.router.world.enrollAgent({ joinKey: key.key, registrationName: "xem-edge-07" });
    expect(await waiting).toMatchObject({ id: enrolled.id, registration_name: "xem-edge-07" });
  });

  it("finds the one new agent of the key's region once the key is known consumed", async () => {
    const agents = createAgents(server.client());
    const key = await agents.createJoinKey({ name: "edge-batch", ...KEY });
    let reads = 0;
    const drop = rewriteOnPath(joinKeyPath, (k) => withoutFields(k, "consumed_by_agent_id"));
    server.rewrite = (body, request) => ((reads += joinKeyPath.test(new URL(request.url).pathname) ? 1 : 0), drop(body, request));
    const waiting = agents.waitForEnrollment(key.id, { maxWaitMs: 10_000, pollIntervalMs: 5 });
    while (reads < 3) await tick(5); // the key was read unused after the wait noted the agents present
    const enrolled = server.router.world.enrollAgent({ joinKey: key.key, registrationName: "host-42" });
    expect((await waiting).id).toBe(enrolled.id);
  });

  it("never takes a guess: two new agents that could be it leave the wait to time out", async () => {
    const agents = createAgents(server.client());
    const key = await agents.createJoinKey({ name: "edge-twin", ...KEY });
    const other = await agents.createJoinKey({ name: "edge-other", ...KEY });
    let reads = 0;
    const drop = rewriteOnPath(joinKeyPath, (k) => withoutFields(k, "consumed_by_agent_id"));
    server.rewrite = (body, request) => ((reads += joinKeyPath.test(new URL(request.url).pathname) ? 1 : 0), drop(body, request));
    const waiting = agents.waitForEnrollment(key.id, { maxWaitMs: 2_000, pollIntervalMs: 5 }).catch((e: unknown) => e);
    while (reads < 3) await tick(5);
    server.router.world.enrollAgent({ joinKey: other.key, registrationName: "host-a" });
    server.router.world.enrollAgent({ joinKey: key.key, registrationName: "host-b" });
    expect(await waiting).toBeInstanceOf(JoinKeyWaitTimeoutError);
  });

  it("reports an unknown key status once and keeps waiting", async () => {
    const agents = createAgents(server.client());
    const key = await agents.createJoinKey({ name: "edge-odd", ...KEY });
    server.rewrite = rewriteOnPath(joinKeyPath, (k) => ({ ...withoutFields(k, "consumed_by_agent_id"), status: "quarantined" }));
    const reports: UnknownStatusReport[] = [];
    const error = await agents.waitForEnrollment(key.id, { maxWaitMs: 300, pollIntervalMs: 5, onUnknownStatus: (r) => reports.push(r) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JoinKeyWaitTimeoutError);
    expect(reports).toEqual([{ resource: "join_key", id: key.id, status: "quarantined" }]);
  });
});

describe("workspace pause on known facts", () => {
  it("without the pause fields the success answer alone makes it ok, marked unconfirmed", async () => {
    server.rewrite = rewriteOnPath(/pause-exec$/, (a) => withoutFields(a, "exec_paused", "paused_workspace_ids"));
    const result = await createAgents(server.client()).pauseWorkspace(WS.staging);
    expect(result.ok).toBe(true);
    expect(result.results.every((r) => r.ok && r.confirmed === undefined)).toBe(true);
  });

  it("an answer that shows the opposite is reported as failed, not ok", async () => {
    server.rewrite = rewriteOnPath(/pause-exec$/, (a) => ({ ...a, exec_paused: false, paused_workspace_ids: [] }));
    const result = await createAgents(server.client()).pauseWorkspace(WS.staging);
    expect(result.ok).toBe(false);
    expect(result.failed.length).toBe(result.results.length);
    expect(result.failed[0]).toMatchObject({ confirmed: false });
  });
});

describe("rotation waits on known facts", () => {
  it("without rotated_at, only a heartbeat newer than one seen after the rotation confirms it", async () => {
    server.rewrite = rewriteOnPath(/curve-rotate$/, (r) => withoutFields(r, "rotated_at"));
    server.router.clock.advance(4_000);
    let settled = false;
    const rotating = createAgents(server.client())
      .rotateCurveKey(AG.fleet01, { confirm: true }, { maxWaitMs: 10_000, pollIntervalMs: 5 })
      .finally(() => (settled = true));
    await tick(60);
    expect(settled).toBe(false); // the pre-rotation heartbeat is not evidence
    server.router.clock.advance(6_000); // the next heartbeat
    const result = await rotating;
    expect(Date.parse(result.heartbeatAt)).toBe(server.router.clock.now());
  });

  it("rotateJoinKeys('unused') revokes only keys known active; the rest are reported as skipped", async () => {
    server.rewrite = rewriteListItems(/\/v1\/management\/join-keys$/, (k) => (k.id === DEMO.joinKeys.active ? withoutFields(k, "status") : k));
    const { revoked, skipped } = await createAgents(server.client()).rotateJoinKeys({ revoke: "unused" });
    expect(skipped.map((k) => k.id)).toContain(DEMO.joinKeys.active);
    expect(revoked.map((k) => k.id)).not.toContain(DEMO.joinKeys.active);
    expect(server.router.world.joinKeys.get(DEMO.joinKeys.active).status).toBe("active");
  });
});
