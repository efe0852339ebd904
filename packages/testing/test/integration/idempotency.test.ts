/**
 * Idempotent POST retries over real HTTP: when the router performed the action but the
 * response was lost, the client's retry (same Idempotency-Key) gets the stored answer and
 * the action happens once.
 */
import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { useRouter } from "../support/harness";

describe("idempotent POST retries produce one side effect", () => {
  const h = useRouter({ clock: "manual" });

  it("invoke: a response lost after the router created the invocation is replayed on retry", async () => {
    const before = h.router.world.invocations.list({ limit: 100 }).data.length;
    const fault = h.router.faults.failAfterHandling(1, { status: 503, match: { method: "POST", path: "/v1/exec/invocations" } });
    const retries: number[] = [];
    const { data, response } = await h.client("xero_demo_admin", { onRetry: ({ attempt }) => void retries.push(attempt) }).POST("/v1/exec/invocations", {
      body: { workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: { resource: "pods" } },
    });
    expect(fault.triggered).toBe(1);
    expect(retries).toEqual([1]);
    expect(response.status).toBe(201);
    expect(response.headers.get("idempotent-replayed")).toBe("true");
    const after = h.router.world.invocations.list({ limit: 100 }).data;
    expect(after).toHaveLength(before + 1);
    expect(after.filter((inv) => inv.id === data.id)).toHaveLength(1);
  });

  it("approve: a retried approval decides once, instead of failing with approval_already_resolved", async () => {
    h.router.faults.failAfterHandling(1, { status: 502, html: true, match: { path: /\/approve$/ } });
    const { data } = await h.client().POST("/v1/exec/approvals/{approval_id}/approve", {
      params: { path: { approval_id: DEMO.approvals.pendingIrreversible } },
      body: { note: "CHG-2001" },
    });
    expect(data).toMatchObject({ id: DEMO.approvals.pendingIrreversible, status: "approved", note: "CHG-2001" });
    const approvedEvents = h.router.world.events
      .list()
      .filter((e) => e.type === "exec.approved" && (e.data as { id?: string }).id === DEMO.approvals.pendingIrreversible);
    expect(approvedEvents).toHaveLength(1);
  });

  it("two simultaneous requests with one key run once and both get the same answer", async () => {
    const before = h.router.world.joinKeys.list({ limit: 100 }).data.length;
    h.router.faults.latency(50, { method: "POST" }, 1);
    const send = () =>
      h.fetch("/v1/management/join-keys", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": "same-key-twice" },
        body: JSON.stringify({ name: "twin", region: "eu-west-1", router_addr: "tcp://router.example.com:5555" }),
      });
    const [a, b] = await Promise.all([send(), send()]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(await a.text()).toBe(await b.text());
    expect(h.router.world.joinKeys.list({ limit: 100 }).data).toHaveLength(before + 1);
  });

  it("the same key with a different body is a 409 idempotency_key_reused, and nothing runs", async () => {
    const post = (name: string) =>
      h.fetch("/v1/management/join-keys", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": "reused-key" },
        body: JSON.stringify({ name, region: "eu-west-1", router_addr: "tcp://router.example.com:5555" }),
      });
    expect((await post("first")).status).toBe(201);
    const before = h.router.world.joinKeys.list({ limit: 100 }).data.length;
    const second = await post("second");
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe("idempotency_key_reused");
    expect(h.router.world.joinKeys.list({ limit: 100 }).data).toHaveLength(before);
  });
});
