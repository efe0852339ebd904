/**
 * An example of testing a bot end to end with nothing but the public kit: the auto-approver
 * from examples/ runs against a router on 127.0.0.1 while the test arranges approvals at
 * chosen risks and waits on the router's events.
 */
import { DEMO } from "@xerotier/testing";
import { useRouter } from "@xerotier/testing/vitest";
import { describe, expect, it } from "vitest";
import { runAutoApprover } from "../../../../examples/auto-approver/main";

const h = useRouter({ clock: "manual", rateLimit: false, retryMs: 5 });

/** Polls `check` every 5 ms, at most 3000 times. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 3000 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(check()).toBe(true);
}

describe("examples/auto-approver, tested with the public kit", () => {
  it("approves read and write requests in its workspace, already waiting or arriving, and leaves the rest", async () => {
    const staging = DEMO.workspaces.staging;
    const waiting = h.router.scenario.requestApproval({ risk: "read", workspaceId: staging, arguments: { resource: "pods" } });
    const sweptUp = h.router.events.next("exec.approved", { where: (e) => e.data.id === waiting.id });

    const controller = new AbortController();
    const run = runAutoApprover({ baseUrl: h.baseUrl, apiKey: "xero_demo_admin", project: DEMO.project, workspaceId: staging, signal: controller.signal, log: () => undefined });
    await sweptUp;
    await until(() => h.router.events.openStreams >= 1);

    const otherWorkspace = h.router.scenario.requestApproval({ risk: "read", workspaceId: DEMO.workspaces.prod });
    const destructive = h.router.scenario.requestApproval({ risk: "destructive", workspaceId: staging, arguments: { node: "node-keep" } });
    const arriving = h.router.scenario.requestApproval({ risk: "write", workspaceId: staging, arguments: { resource: "pods", label: "a=b" } });
    await h.router.events.next("exec.approved", { where: (e) => e.data.id === arriving.id });
    controller.abort();
    const { approved } = await run;

    expect(approved.sort()).toEqual([waiting.id, arriving.id].sort());
    expect(h.router.world.approvals.get(arriving.id).note).toBe(`auto-approved: write request in ${staging}`);
    expect(h.router.world.approvals.get(otherWorkspace.id).status).toBe("pending");
    expect(h.router.world.approvals.get(destructive.id).status).toBe("pending");
  });
});
