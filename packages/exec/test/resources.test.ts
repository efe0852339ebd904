import { BadRequestError, ConflictError, NotFoundError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import { createExec, InvocationAlreadyFinishedError } from "../src/index";
import { useRouter } from "./support";

const { workspaces: WS, tools: T, invocations: INV, agents: AG } = DEMO;

describe("tools", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("tools() lists the catalogue; tools({ workspaceId }) only what that workspace's agents serve", async () => {
    const exec = createExec(h.client());
    const all = (await exec.tools()).map((t) => t.name);
    expect(all).toEqual(expect.arrayContaining([T.read, T.write, T.destructive, T.irreversible, T.failing, T.snapshot]));
    const staging = (await exec.tools({ workspaceId: WS.staging })).map((t) => t.name);
    expect(staging).toContain(T.snapshot);
  });

  it("tools() pages through the catalogue by tool name (tools have no id)", async () => {
    const exec = createExec(h.client());
    expect((await exec.tools({}, { pageSize: 2 })).map((t) => t.name)).toEqual((await exec.tools()).map((t) => t.name));
  });

  it("tool(name) shows risk, timeout and parameter schema; an unknown tool is exec_tool_not_found", async () => {
    const exec = createExec(h.client());
    expect(await exec.tool(T.destructive)).toMatchObject({ name: T.destructive, risk: "destructive", parameters: { required: ["node"] } });
    await expect(exec.tool("nope")).rejects.toMatchObject({ name: "NotFoundError", code: "exec_tool_not_found" });
  });
});

describe("invoke, list, get", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());
  const count = () => h.router.world.invocations.list({ limit: 100 }).data.length;

  it("invoke() dispatches a read tool at once and gates a destructive one behind approval", async () => {
    const exec = createExec(h.client());
    expect(await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } })).toMatchObject({ status: "dispatched", tool_name: T.read });
    const gated = await exec.invoke({ workspaceId: WS.prod, tool: T.destructive, arguments: { node: "node-1" } });
    expect(gated.status).toBe("pending_approval");
    expect(gated.approval_ids).toHaveLength(1);
  });

  it("invoke() retried after a 503 lost on the way back runs the tool once", async () => {
    const before = count();
    const fault = h.router.faults.failAfterHandling(1, { status: 503, match: { method: "POST", path: "/v1/exec/invocations" } });
    const inv = await createExec(h.client()).invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    expect(fault.triggered).toBe(1);
    expect(count()).toBe(before + 1);
    expect(h.router.world.invocations.get(inv.id).status).toBe("dispatched");
  });

  it("invoke() retried after a 503 before handling also runs once", async () => {
    const before = count();
    h.router.faults.failNext(1, { status: 503, match: { method: "POST", path: "/v1/exec/invocations" } });
    await createExec(h.client()).invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    expect(count()).toBe(before + 1);
  });

  it("invoke() with the same idempotencyKey from another process returns the first invocation", async () => {
    const input = { workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } };
    const first = await createExec(h.client()).invoke(input, { idempotencyKey: "alert-4711-restart" });
    const second = await createExec(h.client()).invoke(input, { idempotencyKey: "alert-4711-restart" });
    expect(second.id).toBe(first.id);
  });

  it("invoke() rejects bad input: unknown tool (400), missing arguments (400), missing fields (no request)", async () => {
    const exec = createExec(h.client());
    await expect(exec.invoke({ workspaceId: WS.staging, tool: "nope" })).rejects.toMatchObject({ code: "exec_tool_not_found", status: 400 });
    await expect(exec.invoke({ workspaceId: WS.staging, tool: T.read })).rejects.toBeInstanceOf(BadRequestError);
    await expect(exec.invoke({ workspaceId: "", tool: T.read })).rejects.toMatchObject({ name: "ExecInputError" });
  });

  it("list(filter) filters by workspace, agent and status, newest first", async () => {
    const failed = await createExec(h.client()).list({ workspaceId: WS.staging, agentId: AG.edge03, status: "failed" }).toArray();
    expect(failed.map((i) => i.id)).toEqual([INV.failed]);
    const prod = await createExec(h.client()).list({ workspaceId: WS.prod }).toArray();
    expect(prod.every((i) => i.workspace_id === WS.prod)).toBe(true);
    expect(prod.map((i) => i.created_at)).toEqual([...prod.map((i) => i.created_at)].sort().reverse());
  });

  it("get() returns the invocation with its transitions; unknown ids are invocation_not_found", async () => {
    const exec = createExec(h.client());
    expect((await exec.get(INV.failed)).transitions.map((t) => t.to)).toEqual(["queued", "dispatched", "running", "failed"]);
    await expect(exec.get("inv_nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("cancel", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("cancels an unfinished invocation", async () => {
    expect(await createExec(h.client()).cancel(INV.pendingApproval)).toMatchObject({ id: INV.pendingApproval, status: "cancelled" });
  });

  it("cancelling a finished invocation throws InvocationAlreadyFinishedError carrying the final invocation", async () => {
    const error = await createExec(h.client()).cancel(INV.completed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationAlreadyFinishedError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: "invocation_already_finished", invocation: { id: INV.completed, status: "completed" } });
    expect((error as InvocationAlreadyFinishedError).requestId).toEqual(expect.any(String));
  });

  it("cancel racing completion: when the run finishes first, the error carries the completed invocation", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    const cancelling = exec.cancel(inv.id);
    h.router.clock.advance(10_000); // the run completes before the cancel request reaches the router
    const error = await cancelling.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationAlreadyFinishedError);
    expect((error as InvocationAlreadyFinishedError).invocation).toMatchObject({ id: inv.id, status: "completed", exit_code: 0 });
  });

  it("cancel racing completion: when the cancel lands first, the run never completes", async () => {
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    h.router.clock.advance(1_000); // running
    expect((await exec.cancel(inv.id)).status).toBe("cancelled");
    h.router.clock.advance(10_000);
    expect((await exec.get(inv.id)).status).toBe("cancelled");
  });
});

describe("output and artifacts", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  it("output() returns stdout, stderr, exit code, truncation and artifact references", async () => {
    const exec = createExec(h.client());
    const out = await exec.output(INV.completed);
    expect(out).toMatchObject({ invocationId: INV.completed, exitCode: 0, truncated: false, stderr: "" });
    expect(out.stdout).toContain("node/node-7 drained");
    expect(out.artifacts).toEqual([expect.objectContaining({ id: DEMO.artifact.id, chat_id: DEMO.artifact.chatId, media_type: "text/plain" })]);
    expect(await exec.output(INV.failed)).toMatchObject({ exitCode: 1, stderr: expect.stringContaining("not found") });
  });

  it("readArtifact(ref) fetches text content through the chat artifact API", async () => {
    const exec = createExec(h.client());
    const [ref] = (await exec.output(INV.completed)).artifacts;
    const artifact = await exec.readArtifact(ref!);
    expect(artifact).toMatchObject({ id: DEMO.artifact.id, chatId: DEMO.artifact.chatId, name: "drain-report.txt", mediaType: "text/plain", encoding: "utf-8" });
    expect(artifact.content).toBe("node/node-7 drained\nevicted 14 pods in 29s\n");
    expect((await exec.readArtifact({ chatId: DEMO.artifact.chatId, artifactId: DEMO.artifact.id })).content).toBe(artifact.content);
  });

  it("readArtifact decodes base64 content to bytes", async () => {
    const bytes = [0, 1, 2, 250, 255];
    h.router.world.setToolBehavior(T.read, { artifacts: [{ name: "blob.bin", mediaType: "application/octet-stream", encoding: "base64", content: btoa(String.fromCharCode(...bytes)) }] });
    const exec = createExec(h.client());
    const inv = await exec.invoke({ workspaceId: WS.staging, tool: T.read, arguments: { resource: "pods" } });
    h.router.clock.advance(10_000);
    const [ref] = (await exec.output(inv.id)).artifacts;
    const artifact = await exec.readArtifact(ref!);
    expect(artifact.encoding).toBe("base64");
    expect(artifact.content).toBeInstanceOf(Uint8Array);
    expect([...(artifact.content as Uint8Array)]).toEqual(bytes);
    expect(artifact.sizeBytes).toBe(bytes.length);
  });

  it("readArtifact of an unknown artifact is a NotFoundError", async () => {
    await expect(createExec(h.client()).readArtifact({ chatId: DEMO.artifact.chatId, artifactId: "cart_nope" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
