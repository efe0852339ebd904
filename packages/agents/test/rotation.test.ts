import { NotFoundError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { ConfirmationRequiredError, createAgents, CurveRotationTimeoutError, JoinKeyRotationError } from "../src/index";
import { tick, useRouter } from "./support";

const { agents: AG } = DEMO;

describe("rotateCurveKey", () => {
  // Heartbeats every 10 s of router time; reset() restarts that cycle at the current instant.
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  /** Waits (bounded) until the router recorded a rotation of `agentId` after `since`, and returns its time. */
  async function rotationOf(agentId: string, since: string): Promise<string> {
    for (let i = 0; i < 500; i++) {
      const rotatedAt = h.router.world.agents.get(agentId).curve_rotated_at;
      if (rotatedAt && Date.parse(rotatedAt) > Date.parse(since)) return rotatedAt;
      await tick(10);
    }
    throw new Error(`no rotation of ${agentId} recorded within 5 s`);
  }

  it("refuses without confirm: true, and rotates nothing", async () => {
    const before = h.router.world.agents.get(AG.fleet01).curve_public_key;
    const agents = createAgents(h.client());
    await expect(agents.rotateCurveKey(AG.fleet01, { reason: "test", confirm: false as unknown as true })).rejects.toBeInstanceOf(ConfirmationRequiredError);
    await expect(agents.rotateCurveKey(AG.fleet01, {} as { confirm: true })).rejects.toMatchObject({ reason: "confirmation_required", code: undefined });
    expect(h.router.world.agents.get(AG.fleet01).curve_public_key).toBe(before);
  });

  it("resolves only on the heartbeat that follows the rotation, not the older one", async () => {
    h.router.clock.advance(4_000); // the last heartbeat is now 4 s old
    const heartbeatBefore = h.router.world.agents.get(AG.fleet01).last_heartbeat_at!;
    let settled = false;
    const rotating = createAgents(h.client())
      .rotateCurveKey(AG.fleet01, { reason: "quarterly rotation", confirm: true }, { maxWaitMs: 10_000, pollIntervalMs: 5 })
      .finally(() => (settled = true));
    const rotatedAt = await rotationOf(AG.fleet01, heartbeatBefore);
    await tick(60); // several polls after the rotation see only the pre-rotation heartbeat
    expect(settled).toBe(false);
    expect(Date.parse(heartbeatBefore)).toBeLessThan(Date.parse(rotatedAt));

    h.router.clock.advance(6_000); // the next heartbeat tick
    const result = await rotating;
    expect(result.rotatedAt).toBe(rotatedAt);
    expect(Date.parse(result.heartbeatAt)).toBeGreaterThan(Date.parse(result.rotatedAt));
    expect(result.curvePublicKey).toBe(h.router.world.agents.get(AG.fleet01).curve_public_key);
    expect(result.agentId).toBe(AG.fleet01);
  });

  it("a heartbeat at the very instant of the rotation is not evidence", async () => {
    h.router.world.heartbeat(AG.fleet01); // same router instant as the rotation below
    const error = await createAgents(h.client())
      .rotateCurveKey(AG.fleet01, { confirm: true }, { maxWaitMs: 40, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CurveRotationTimeoutError);
  });

  it("throws CurveRotationTimeoutError with the rotation time when no newer heartbeat arrives", async () => {
    const error = await createAgents(h.client())
      .rotateCurveKey(AG.fleet02, { reason: "offline agent", confirm: true }, { maxWaitMs: 300, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CurveRotationTimeoutError);
    const rotated = h.router.world.agents.get(AG.fleet02);
    expect(error).toMatchObject({ agentId: AG.fleet02, rotatedAt: rotated.curve_rotated_at, curvePublicKey: rotated.curve_public_key, lastHeartbeatAt: rotated.last_heartbeat_at });
  });

  it("an unknown agent is a NotFoundError from the rotation itself", async () => {
    await expect(createAgents(h.client()).rotateCurveKey("agt_nope", { confirm: true })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("rotateJoinKeys", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("revokes every unused key, then mints the fresh ones with their secrets", async () => {
    const agents = createAgents(h.client());
    const { revoked, created } = await agents.rotateJoinKeys({
      revoke: "unused",
      create: [{ name: "edge-05b", region: "eu-west-1", routerAddr: "tcp://router.demo.xerotier.ai:5555" }],
    });
    expect(revoked.map((k) => [k.id, k.status])).toEqual([[DEMO.joinKeys.active, "revoked"]]);
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ name: "edge-05b", status: "active", key: expect.any(String) });
    expect((await agents.listJoinKeys({ status: "active" }).toArray()).map((k) => k.id)).toEqual([created[0]!.id]);
  });

  it("consumed keys are never revoked by 'unused'", async () => {
    await createAgents(h.client()).rotateJoinKeys({ revoke: "unused" });
    expect(h.router.world.joinKeys.get(DEMO.joinKeys.consumed).status).toBe("consumed");
  });

  it("revokes explicit ids; a failure reports what was already done", async () => {
    const error = await createAgents(h.client())
      .rotateJoinKeys({ revoke: [DEMO.joinKeys.active, "jk_nope"], create: [{ name: "x", region: "r", routerAddr: "tcp://r:5555" }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JoinKeyRotationError);
    const rotation = error as JoinKeyRotationError;
    expect(rotation.revoked.map((k) => k.id)).toEqual([DEMO.joinKeys.active]);
    expect(rotation.created).toEqual([]);
    expect(rotation.cause).toBeInstanceOf(NotFoundError);
    expect(rotation.requestId).toEqual(expect.any(String));
  });
});
