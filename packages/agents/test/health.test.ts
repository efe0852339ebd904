import { APIUserAbortError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { AgentWaitTimeoutError, createAgents, JoinKeyWaitTimeoutError } from "../src/index";
import { tick, useRouter } from "./support";

describe("waitForHealthy / waitForEnrollment", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("resolves at once for a healthy agent", async () => {
    const agent = await createAgents(h.client()).waitForHealthy(DEMO.agents.fleet01, { maxWaitMs: 1_000, pollIntervalMs: 5 });
    expect(agent.status).toBe("healthy");
  });

  it("keeps polling an offline agent and resolves once it heartbeats again", async () => {
    const waiting = createAgents(h.client()).waitForHealthy(DEMO.agents.fleet02, { maxWaitMs: 10_000, pollIntervalMs: 5 });
    await tick();
    h.router.world.heartbeat(DEMO.agents.fleet02);
    expect(await waiting).toMatchObject({ id: DEMO.agents.fleet02, status: "healthy" });
  });

  it("throws AgentWaitTimeoutError carrying the last status when the agent stays unhealthy", async () => {
    await createAgents(h.client()).get(DEMO.agents.fleet02); // a warm router: a read in flight at the deadline is cancelled
    const error = await createAgents(h.client())
      .waitForHealthy(DEMO.agents.fleet02, { maxWaitMs: 300, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgentWaitTimeoutError);
    expect(error).toMatchObject({ agentId: DEMO.agents.fleet02, reason: "agent_wait_timeout", code: undefined, lastSeen: { status: "offline" } });
  });

  it("an abort signal stops the wait with APIUserAbortError", async () => {
    const controller = new AbortController();
    const waiting = createAgents(h.client()).waitForHealthy(DEMO.agents.fleet02, { maxWaitMs: 10_000, pollIntervalMs: 5, signal: controller.signal });
    await tick();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("rejects a negative timeout with a RangeError before any request", async () => {
    await expect(createAgents(h.client()).waitForHealthy(DEMO.agents.fleet01, { maxWaitMs: -1 })).rejects.toBeInstanceOf(RangeError);
  });

  it("waitForEnrollment() resolves with the agent a fresh join key enrolled", async () => {
    const agents = createAgents(h.client());
    const key = await agents.createJoinKey({ name: "edge-06", region: "eu-west-1", routerAddr: "tcp://127.0.0.1:5555" });
    const waiting = agents.waitForEnrollment(key.id, { maxWaitMs: 10_000, pollIntervalMs: 5 });
    await tick();
    const enrolled = h.router.world.enrollAgent({ joinKey: key.key, registrationName: "xem-edge-06" });
    expect(await waiting).toMatchObject({ id: enrolled.id, status: "healthy", region: "eu-west-1" });
  });

  it("waitForEnrollment() times out with JoinKeyWaitTimeoutError when nobody uses the key", async () => {
    await expect(createAgents(h.client()).waitForEnrollment(DEMO.joinKeys.active, { maxWaitMs: 30, pollIntervalMs: 5 })).rejects.toBeInstanceOf(
      JoinKeyWaitTimeoutError,
    );
  });
});
