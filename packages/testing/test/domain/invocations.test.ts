import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/seed/demo-ids";
import { expectError, harness } from "./support";

const { workspaces: WS, agents: AG, tools: T, invocations: INV } = DEMO;

describe("POST /v1/exec/invocations", () => {
  it("dispatches a read tool at once, then runs and completes it over the clock", async () => {
    const h = harness();
    const created = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: { resource: "pods" } } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "dispatched", agent_id: AG.fleet01, risk: "read", approval_ids: [], started_at: null });
    expect(created.body.transitions.map((t: { to: string }) => t.to)).toEqual(["queued", "dispatched"]);
    expect(created.body.transitions[0]).toMatchObject({ from: null, actor: "api_key:xero_test", at: "2026-11-24T09:00:00Z" });
    expect(created.body.transitions[1]).toMatchObject({ from: "queued", actor: "system" });

    h.clock.advance(250);
    const running = await h.call("GET", `/v1/exec/invocations/${created.body.id}`);
    expect(running.body).toMatchObject({ status: "running", started_at: "2026-11-24T09:00:00.250Z" });

    h.clock.advance(2000);
    const done = await h.call("GET", `/v1/exec/invocations/${created.body.id}`);
    expect(done.body).toMatchObject({ status: "completed", exit_code: 0, error: null, duration_ms: 2000, finished_at: "2026-11-24T09:00:02.250Z" });
    expect(done.body.transitions.at(-1)).toMatchObject({ from: "running", to: "completed", actor: `agent:${AG.fleet01}` });
    const types = h.world.events.list().slice(-2).map((e) => e.type);
    expect(types).toEqual(["exec.dispatched", "exec.completed"]);
  });

  it("fails a run that exits non-zero, keeping exit code and stderr", async () => {
    const h = harness();
    const { body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.staging, tool_name: T.failing, arguments: { deployment: "web" } } });
    h.clock.advance(5000);
    const failed = await h.call("GET", `/v1/exec/invocations/${body.id}`);
    expect(failed.body).toMatchObject({ status: "failed", exit_code: 1, error: { code: "non_zero_exit" } });
    const output = await h.call("GET", `/v1/exec/invocations/${body.id}/output`);
    expect(output.body).toMatchObject({ object: "invocation_output", exit_code: 1, stdout: "", truncated: false });
    expect(output.body.stderr).toContain('deployments.apps "web" not found');
    expect(h.world.events.list().at(-1)).toMatchObject({ type: "exec.failed", data: { id: body.id, status: "failed" } });
  });

  it("ends a run that outlives the tool's timeout_ms as timeout", async () => {
    const h = harness();
    h.world.setToolBehavior(T.read, { runMs: 60_000 });
    const { body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: { resource: "pods" } } });
    h.clock.advance(250 + 30_000);
    const inv = await h.call("GET", `/v1/exec/invocations/${body.id}`);
    expect(inv.body).toMatchObject({ status: "timeout", exit_code: null, error: { code: "tool_timeout" }, duration_ms: 30_000 });
    expect(h.world.events.list().at(-1)?.type).toBe("exec.timeout");
  });

  it("uses the behaviour set for the tool: output, truncation and artifacts readable through the chat API", async () => {
    const h = harness();
    h.world.setToolBehavior(T.read, { stdout: "pod-a\n", truncated: true, runMs: 10, artifacts: [{ name: "pods.json", mediaType: "application/json", content: "[1,2]" }] });
    const { body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: { resource: "pods" } } });
    h.clock.advance(1000);
    const output = await h.call("GET", `/v1/exec/invocations/${body.id}/output`);
    expect(output.body).toMatchObject({ stdout: "pod-a\n", exit_code: 0, truncated: true });
    const [ref] = output.body.artifacts;
    expect(ref).toMatchObject({ name: "pods.json", media_type: "application/json", size_bytes: 5 });
    const artifact = await h.call("GET", `/v1/chats/${ref.chat_id}/artifacts/${ref.id}`);
    expect(artifact.body).toMatchObject({ object: "artifact", encoding: "utf-8", content: "[1,2]", size_bytes: 5 });
    expectError(await h.call("GET", `/v1/chats/chat_other/artifacts/${ref.id}`), 404, "artifact_not_found");
  });

  it("waits in pending_approval for destructive and irreversible tools", async () => {
    const h = harness();
    const drain = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.destructive, arguments: { node: "node-1" } } });
    expect(drain.body).toMatchObject({ status: "pending_approval", agent_id: null, risk: "destructive" });
    expect(drain.body.approval_ids).toHaveLength(1);
    const approval = await h.call("GET", `/v1/exec/approvals/${drain.body.approval_ids[0]}`);
    expect(approval.body).toMatchObject({ status: "pending", timeout_seconds: 900, invocation_id: drain.body.id, agent_id: AG.fleet01, expires_at: "2026-11-24T09:15:00Z" });
    const del = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.irreversible, arguments: { server_id: "s1" } } });
    const second = await h.call("GET", `/v1/exec/approvals/${del.body.approval_ids[0]}`);
    expect(second.body).toMatchObject({ risk: "irreversible", timeout_seconds: 3600 });
  });

  it("stays queued when no healthy, unpaused, bound agent publishes the tool", async () => {
    const h = harness();
    const { status, body } = await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.snapshot } });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: "queued", agent_id: null });
  });

  it("answers 400 exec_tool_not_found for an unknown tool and 404 workspace_not_found for an unknown workspace", async () => {
    const h = harness();
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: "nope" } }), 400, "exec_tool_not_found", "tool_name");
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: "ws_nope", tool_name: T.read } }), 404, "workspace_not_found");
  });

  it("rejects bodies that are not JSON or break the schema, naming the field", async () => {
    const h = harness();
    expectError(await h.call("POST", "/v1/exec/invocations", { rawBody: "{nope" }), 400, "json_parse_error");
    expectError(await h.call("POST", "/v1/exec/invocations", { rawBody: "" }), 400, "invalid_body");
    expectError(await h.call("POST", "/v1/exec/invocations", { body: [] }), 400, "invalid_body", null);
    const missing = await h.call("POST", "/v1/exec/invocations", { body: { tool_name: T.read } });
    expectError(missing, 400, "invalid_body", "workspace_id");
    expect(missing.body.error.message).toContain("workspace_id");
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: 3 } }), 400, "invalid_body", "tool_name");
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: "x" } }), 400, "invalid_body", "arguments");
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, extra: 1 } }), 400, "invalid_body", "extra");
  });

  it("checks arguments against the tool's parameter schema", async () => {
    const h = harness();
    expectError(await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: {} } }), 400, "invalid_body", "arguments.resource");
    expectError(
      await h.call("POST", "/v1/exec/invocations", { body: { workspace_id: WS.prod, tool_name: T.read, arguments: { resource: 7 } } }),
      400,
      "invalid_body",
      "arguments.resource",
    );
  });
});

describe("GET /v1/exec/invocations", () => {
  it("lists newest first with has_more and an `after` cursor", async () => {
    const h = harness();
    const first = await h.call("GET", "/v1/exec/invocations?limit=4");
    expect(first.body.data.map((i: { id: string }) => i.id)).toEqual([INV.dispatched, INV.running, INV.pendingApproval, INV.queued]);
    expect(first.body.has_more).toBe(true);
    const rest = await h.call("GET", `/v1/exec/invocations?limit=100&after=${INV.queued}`);
    expect(rest.body.data).toHaveLength(7);
    expect(rest.body.has_more).toBe(false);
  });

  it("filters by workspace, agent, status and tool", async () => {
    const h = harness();
    const byStatus = await h.call("GET", "/v1/exec/invocations?status=pending_approval");
    expect(byStatus.body.data.map((i: { id: string }) => i.id)).toEqual([INV.pendingApproval, INV.pendingIrreversible]);
    const byAgent = await h.call("GET", `/v1/exec/invocations?agent_id=${AG.edge03}&workspace_id=${WS.staging}`);
    expect(byAgent.body.data.map((i: { id: string }) => i.id)).toEqual([INV.running, INV.cancelled, INV.failed]);
    const byTool = await h.call("GET", `/v1/exec/invocations?tool_name=${T.snapshot}`);
    expect(byTool.body.data).toHaveLength(2);
  });

  it("rejects an unknown status, a limit outside 1–100 and an unknown cursor with 400 invalid_request naming the parameter", async () => {
    const h = harness();
    expectError(await h.call("GET", "/v1/exec/invocations?status=done"), 400, "invalid_request", "status");
    expectError(await h.call("GET", "/v1/exec/invocations?limit=0"), 400, "invalid_request", "limit");
    expectError(await h.call("GET", "/v1/exec/invocations?limit=101"), 400, "invalid_request", "limit");
    expectError(await h.call("GET", "/v1/exec/invocations?limit=ten"), 400, "invalid_request", "limit");
    expectError(await h.call("GET", "/v1/exec/invocations?after=inv_unknown"), 400, "invalid_request", "after");
  });

  it("answers 404 invocation_not_found for an unknown id (show and output)", async () => {
    const h = harness();
    expectError(await h.call("GET", "/v1/exec/invocations/inv_nope"), 404, "invocation_not_found");
    expectError(await h.call("GET", "/v1/exec/invocations/inv_nope/output"), 404, "invocation_not_found");
  });
});

describe("POST /v1/exec/invocations/{id}/cancel", () => {
  it("cancels a running invocation and stops its run", async () => {
    const h = harness();
    const res = await h.call("POST", `/v1/exec/invocations/${INV.running}/cancel`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "cancelled", finished_at: "2026-11-24T09:00:00Z" });
    expect(res.body.transitions.at(-1)).toMatchObject({ from: "running", to: "cancelled", actor: "api_key:xero_test" });
    h.clock.advance(10 * 60_000);
    expect(h.world.invocations.get(INV.running).status).toBe("cancelled");
  });

  it("cancels a call awaiting approval and closes its approval", async () => {
    const h = harness();
    await h.call("POST", `/v1/exec/invocations/${INV.pendingApproval}/cancel`);
    const approval = await h.call("GET", `/v1/exec/approvals/${DEMO.approvals.pendingDestructive}`);
    expect(approval.body).toMatchObject({ status: "rejected", decided_by: "api_key:xero_test", note: "invocation cancelled" });
  });

  it("answers 409 invocation_already_finished, naming the final status, for a finished call", async () => {
    const h = harness();
    const res = await h.call("POST", `/v1/exec/invocations/${INV.completed}/cancel`);
    expectError(res, 409, "invocation_already_finished");
    expect(res.body.error.message).toContain("completed");
    expectError(await h.call("POST", "/v1/exec/invocations/inv_nope/cancel"), 404, "invocation_not_found");
  });
});
