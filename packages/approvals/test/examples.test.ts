import { DEMO } from "@xerotier/testing";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runApprovalNotifier } from "../../../examples/approval-notifier/main";
import { runAutoApprover } from "../../../examples/auto-approver/main";
import { createApprovals, type Risk } from "../src/index";
import { fileCheckpoint } from "../src/node";
import { requestApproval, useApprovalsRouter } from "./support";

const h = useApprovalsRouter();
const cleanups: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function until(check: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Waits (bounded) until the checkpoint file holds `eventId`: every event up to it was handled. */
async function checkpointReaches(path: string, eventId: string): Promise<void> {
  for (let i = 0; i < 3000 && (await fileCheckpoint(path).load()) !== eventId; i += 1) await new Promise((r) => setTimeout(r, 5));
  expect(await fileCheckpoint(path).load()).toBe(eventId);
}

/** A local Slack stand-in on 127.0.0.1 that records every JSON body posted to it. */
async function startReceiver(): Promise<{ url: string; bodies: Array<{ text: string; blocks: unknown[] }> }> {
  const bodies: Array<{ text: string; blocks: unknown[] }> = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      bodies.push(JSON.parse(raw) as { text: string; blocks: unknown[] });
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

describe("examples/approval-notifier", () => {
  it("posts each new destructive or irreversible approval as Slack JSON, once, across a restart", async () => {
    const receiver = await startReceiver();
    const dir = await mkdtemp(join(tmpdir(), "notifier-example-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const options = { baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, webhookUrl: receiver.url, checkpointPath: join(dir, "cp.json") };

    await fileCheckpoint(options.checkpointPath).save(h.router.world.events.latestId()!); // "deployed" at this point
    const first = new AbortController();
    const firstRun = runApprovalNotifier({ ...options, signal: first.signal });
    const drain = await requestApproval(h.client(), { node: "node-slack" });
    const destroy = await requestApproval(h.client(), { risk: "irreversible", node: "srv-slack" });
    await createApprovals(h.client()).approve(drain); // a decision is not a new request: not posted
    await until(() => receiver.bodies.length === 2);
    const lastApprovalEvent = h.router.world.events.list().filter((e) => e.type.startsWith("exec.approv")).at(-1)!;
    await checkpointReaches(options.checkpointPath, lastApprovalEvent.id); // a stop now repeats nothing
    first.abort();
    await firstRun;

    const later = await requestApproval(h.client(), { node: "node-while-down" });
    const second = new AbortController();
    const secondRun = runApprovalNotifier({ ...options, signal: second.signal });
    await until(() => receiver.bodies.length === 3);
    await new Promise((r) => setTimeout(r, 50));
    second.abort();
    await secondRun;

    expect(receiver.bodies).toHaveLength(3);
    const mentioned = receiver.bodies.map((b) => [drain, destroy, later].find((id) => JSON.stringify(b.blocks).includes(id)));
    expect(mentioned).toEqual([drain, destroy, later]);
    expect(receiver.bodies[1]!.text).toContain("irreversible");
    expect(receiver.bodies.every((b) => typeof b.text === "string" && Array.isArray(b.blocks))).toBe(true);
  });
});

describe("examples/auto-approver", () => {
  it("approves read/write requests in its workspace and leaves the rest", async () => {
    const staging = DEMO.workspaces.staging;
    const waiting = { read: h.injectApproval({ risk: "read", workspaceId: staging }) };
    const controller = new AbortController();
    const lines: string[] = [];
    const streams = h.router.faults.latency(0, { method: "GET", path: "/v1/exec/events" }); // counts stream connections
    const run = runAutoApprover({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, workspaceId: staging, signal: controller.signal, log: (l) => lines.push(l) });
    await until(() => lines.length >= 1 && streams.triggered >= 1); // the sweep ran and the stream is open
    await new Promise((r) => setTimeout(r, 50)); // let the router register the stream's subscriber
    const write = h.injectApproval({ risk: "write", workspaceId: staging });
    const otherWorkspace = h.injectApproval({ risk: "read", workspaceId: DEMO.workspaces.prod });
    const destructive = await requestApproval(h.client(), { workspaceId: staging, node: "node-keep" });
    const approvals = createApprovals(h.client());
    await until(() => lines.length >= 2);
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    const { approved } = await run;

    expect(approved.sort()).toEqual([waiting.read.id, write.id].sort());
    expect((await approvals.get(write.id)).note).toBe("auto-approved: write request in ws_kube_staging");
    expect((await approvals.get(otherWorkspace.id)).status).toBe("pending");
    expect((await approvals.get(destructive)).status).toBe("pending");
  });

  it("never approves on a guess: an unknown risk is left for humans and logged", async () => {
    const staging = DEMO.workspaces.staging;
    const critical = h.injectApproval({ risk: "critical" as Risk, workspaceId: staging, toolName: DEMO.tools.read });
    const controller = new AbortController();
    const lines: string[] = [];
    const run = runAutoApprover({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, workspaceId: staging, signal: controller.signal, log: (l) => lines.push(l) });
    await until(() => lines.some((l) => l.includes(critical.id)));
    controller.abort();
    const { approved } = await run;
    expect(approved).not.toContain(critical.id);
    expect(lines).toContain(`left for humans ${critical.id}: unknown risk "critical"`);
    expect((await createApprovals(h.client()).get(critical.id)).status).toBe("pending");
    // The router flags the out-of-spec risk it was made to serve; that is this test's premise.
    expect(h.router.conformance.violations.every((v) => v.message.includes("risk"))).toBe(true);
    h.router.conformance.clear();
  });
});
