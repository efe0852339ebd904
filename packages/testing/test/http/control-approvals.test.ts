import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { errorOf, useWireRouter } from "../security/wire";

/** Reads an event stream until `done(text)` holds, at most `maxReads` chunks. */
async function readUntil(response: Response, done: (text: string) => boolean, maxReads = 50): Promise<string> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  for (let reads = 0; reads < maxReads && !done(text); reads += 1) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += value;
  }
  await reader.cancel();
  return text;
}

describe("POST /_router/approvals: an approval at a chosen risk, from another process", () => {
  const wire = useWireRouter({ seed: "demo" });
  const admin = "xero_demo_admin";
  const open = (json: unknown, query = "") => wire.send(`/_router/approvals${query}`, { method: "POST", json });

  it("opens it through the domain: an invocation in pending_approval and exec.approval_requested on the stream", async () => {
    const controller = new AbortController();
    const stream = await wire.send("/proj_demo/v1/exec/events?types=exec.approval_requested", { key: admin, signal: controller.signal });
    expect(stream.status).toBe(200);
    for (let i = 0; i < 200 && wire.running.router.events.openStreams === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));

    const response = await open({ risk: "destructive", workspaceId: DEMO.workspaces.prod, toolName: DEMO.tools.destructive, arguments: { node: "node-42" }, prompt: "Drain node-42" });
    expect(response.status).toBe(201);
    const approval = (await response.json()) as { id: string; object: string; status: string; risk: string; workspace_id: string; tool_name: string; invocation_id: string; prompt: string };
    expect(approval).toMatchObject({ object: "approval", status: "pending", risk: "destructive", workspace_id: DEMO.workspaces.prod, tool_name: DEMO.tools.destructive, prompt: "Drain node-42" });

    const text = await readUntil(stream, (t) => t.includes(approval.id));
    controller.abort();
    expect(text).toContain("event: exec.approval_requested");
    expect(text).toContain(approval.id);

    const shown = await wire.send(`/proj_demo/v1/exec/approvals/${approval.id}`, { key: admin });
    expect(await shown.json()).toMatchObject({ id: approval.id, status: "pending", tool_call: { name: DEMO.tools.destructive, arguments: { node: "node-42" } } });
    const invocation = await wire.send(`/proj_demo/v1/exec/invocations/${approval.invocation_id}`, { key: admin });
    expect(await invocation.json()).toMatchObject({ status: "pending_approval", approval_ids: [approval.id] });
    wire.running.router.conformance.assertClean();
  });

  it("gates a read tool of the demo seed when asked: approving it dispatches the call, which completes", async () => {
    const response = await open({ risk: "read", workspaceId: DEMO.workspaces.prod });
    expect(response.status).toBe(201);
    const approval = (await response.json()) as { id: string; risk: string; tool_name: string; invocation_id: string };
    expect(approval).toMatchObject({ risk: "read", tool_name: DEMO.tools.read });

    const approved = await wire.send(`/proj_demo/v1/exec/approvals/${approval.id}/approve`, { method: "POST", key: admin, json: { note: "a bot tried against the CLI router" } });
    expect(approved.status).toBe(200);
    wire.running.router.clock.advance(60_000);
    const invocation = await wire.send(`/proj_demo/v1/exec/invocations/${approval.invocation_id}`, { key: admin });
    expect(await invocation.json()).toMatchObject({ status: "completed", tool_name: DEMO.tools.read, agent_id: DEMO.agents.fleet01 });
    wire.running.router.conformance.assertClean();
  });

  it("acts on another project's world with ?project=", async () => {
    const response = await open({ risk: "write", workspaceId: DEMO.other.workspace }, "?project=proj_other");
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(wire.running.router.worldOf("proj_other").approvals.get(id).risk).toBe("write");
    expect(() => wire.running.router.world.approvals.get(id)).toThrow();
  });

  it("validates the body: a 400 naming the field, or the domain's 404 for an unknown workspace, and opens nothing", async () => {
    const before = wire.running.router.world.approvals.list({ limit: 100 }).data.length;
    for (const [json, param] of [
      [{ workspaceId: DEMO.workspaces.prod }, "risk"],
      [{ risk: "catastrophic", workspaceId: DEMO.workspaces.prod }, "risk"],
      [{ risk: "write" }, "workspaceId"],
      [{ risk: "write", workspaceId: 7 }, "workspaceId"],
      [{ risk: "write", workspaceId: DEMO.workspaces.prod, toolName: "" }, "toolName"],
      [{ risk: "write", workspaceId: DEMO.workspaces.prod, arguments: ["node-1"] }, "arguments"],
      [{ risk: "write", workspaceId: DEMO.workspaces.prod, prompt: 3 }, "prompt"],
      [{ risk: "write", workspaceId: DEMO.workspaces.prod, expiresIn: 5 }, "expiresIn"],
    ] as const) {
      const response = await open(json);
      expect(response.status, JSON.stringify(json)).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_request", param });
    }
    const unknown = await open({ risk: "write", workspaceId: "ws_nope" });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatchObject({ code: "workspace_not_found" });
    expect(wire.running.router.world.approvals.list({ limit: 100 }).data.length).toBe(before);
  });

  it("is guarded like every /_router route: no Origin, JSON only, no CORS", async () => {
    const fromPage = await wire.send("/_router/approvals", { method: "POST", headers: { origin: "https://evil.example" }, json: { risk: "write", workspaceId: DEMO.workspaces.prod } });
    expect(fromPage.status).toBe(403);
    expect(await errorOf(fromPage)).toMatchObject({ code: "control_origin_forbidden" });
    const asText = await wire.send("/_router/approvals", { method: "POST", headers: { "content-type": "text/plain" }, body: JSON.stringify({ risk: "write", workspaceId: DEMO.workspaces.prod }) });
    expect(asText.status).toBe(415);
    await asText.body?.cancel();
    const preflight = await wire.send("/_router/approvals", { method: "OPTIONS", headers: { origin: "https://evil.example", "access-control-request-method": "POST" } });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
    await preflight.body?.cancel();
  });
});

describe("POST /_router/approvals with a control token", () => {
  const wire = useWireRouter({ seed: "demo", controlToken: "s3cret-control-token" });

  it("requires the token", async () => {
    const json = { risk: "irreversible", workspaceId: DEMO.workspaces.prod };
    const missing = await wire.send("/_router/approvals", { method: "POST", json });
    expect(missing.status).toBe(401);
    await missing.body?.cancel();
    const right = await wire.send("/_router/approvals", { method: "POST", headers: { "x-router-control-token": "s3cret-control-token" }, json });
    expect(right.status).toBe(201);
    expect(await right.json()).toMatchObject({ risk: "irreversible", tool_name: DEMO.tools.irreversible });
  });
});
