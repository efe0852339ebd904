import { APIUserAbortError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec, InvocationWaitTimeoutError } from "../src/index";
import { tick, useRouter } from "./support";

const { workspaces: WS, tools: T, invocations: INV } = DEMO;
// Polls far apart, so a quick resolution can only come from the event stream (or its connect-time read).
const STREAM_ONLY = { maxWaitMs: 10_000, pollIntervalMs: 60_000, recheckIntervalMs: 60_000 };

describe("waitForCompletion", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("resolves at once for an invocation that already finished", async () => {
    expect((await createExec(h.client()).waitForCompletion(INV.failed, STREAM_ONLY)).status).toBe("failed");
  });

  it("follows the event stream to the completion", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    const waiting = exec.waitForCompletion(inv.id, STREAM_ONLY);
    await tick(100); // subscribed
    h.router.clock.advance(5_000);
    expect(await waiting).toMatchObject({ id: inv.id, status: "completed", exit_code: 0 });
  });

  it("does not miss a finish that happens between the first read and the subscription", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.failing, arguments: { deployment: "checkout" } });
    const waiting = exec.waitForCompletion(inv.id, STREAM_ONLY);
    h.router.clock.advance(5_000); // finishes before the stream connects
    expect(await waiting).toMatchObject({ id: inv.id, status: "failed", error: { code: "non_zero_exit" } });
  });

  it("resolves with rejected when the approval is rejected", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.prod, tool: T.destructive, arguments: { node: "node-2" } });
    const waiting = exec.waitForCompletion(inv.id, STREAM_ONLY);
    await tick(100);
    h.router.world.approvals.reject(inv.approval_ids[0]!, { note: "not now" }, "user:bob");
    expect((await waiting).status).toBe("rejected");
  });

  it("resolves with cancelled (an ending without an exec event) through the periodic re-read", async () => {
    const exec = createExec(h.client());
    const waiting = exec.waitForCompletion(INV.queued, { maxWaitMs: 10_000, recheckIntervalMs: 10 });
    await tick();
    h.router.world.invocations.cancel(INV.queued, "user:alice");
    expect((await waiting).status).toBe("cancelled");
  });

  it("falls back to polling when the event stream is unavailable", async () => {
    const fault = h.router.faults.failNext(5, { status: 404, match: { path: "/v1/exec/events" } });
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    const waiting = exec.waitForCompletion(inv.id, { maxWaitMs: 10_000, pollIntervalMs: 5, recheckIntervalMs: 60_000 });
    await tick(100);
    expect(fault.triggered).toBeGreaterThan(0);
    h.router.clock.advance(5_000);
    expect((await waiting).status).toBe("completed");
  });

  it("polls only when stream: false", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    const waiting = exec.waitForCompletion(inv.id, { maxWaitMs: 10_000, pollIntervalMs: 5, stream: false });
    h.router.clock.advance(5_000);
    expect((await waiting).status).toBe("completed");
  });

  it("throws InvocationWaitTimeoutError with the last seen status", async () => {
    const error = await createExec(h.client())
      .waitForCompletion(INV.pendingApproval, { maxWaitMs: 1_000, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationWaitTimeoutError);
    expect(error).toMatchObject({ invocationId: INV.pendingApproval, reason: "invocation_wait_timeout", code: undefined, lastSeen: { status: "pending_approval" } });
  });

  it("an abort signal rejects with APIUserAbortError", async () => {
    const controller = new AbortController();
    const waiting = createExec(h.client()).waitForCompletion(INV.pendingApproval, { signal: controller.signal });
    await tick();
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("an unknown invocation rejects with NotFoundError", async () => {
    await expect(createExec(h.client()).waitForCompletion("inv_nope")).rejects.toMatchObject({ code: "invocation_not_found" });
  });
});
