import { startRouter, type RunningRouter } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrinter } from "../examples/operator-tour/print";
import { runOperatorTour } from "../examples/operator-tour/tour";

describe("the operator tour (pnpm start)", () => {
  let running: RunningRouter;
  const lines: string[] = [];

  beforeAll(async () => {
    running = await startRouter({ port: 0, seed: "demo", heartbeatIntervalMs: 100, world: { toolRunMs: 100, startDelayMs: 20 } });
    await runOperatorTour({ router: running.router, baseUrl: running.url, print: createPrinter((line) => lines.push(line)) });
  });
  afterAll(() => running.close());

  it("walks every operator guide in order", () => {
    const guides = lines.filter((l) => l.startsWith("\n== ")).map((l) => l.trim());
    expect(guides).toEqual([
      "== Guide 1: Deploy your first XEM ==",
      "== Guide 3: Manage approvals ==",
      "== Guide 4: Respond to alerts ==",
      "== Guide 5: Investigate an execution ==",
      "== Guide 6, step 1: Rotate tool credentials ==",
      "== Guide 6: Rotate credentials ==",
    ]);
  });

  it("shows the outcome of each step an operator cares about", () => {
    const text = lines.join("\n");
    expect(text).toMatch(/Agent agt_\w+ \(xem-tour-01\) enrolled with join key jk_\w+/);
    expect(text).toMatch(/the watch saw: .*exec.approval_requested → exec.approved/);
    expect(text).toContain("approving again is safe: still approved");
    expect(text).toContain("latest failure inv_demo_failed: kubectl_rollout_restart failed");
    expect(text).toMatch(/(inv_\w+) is queued[\s\S]*\1 was dispatched to agt_xem_edge_03 and ended completed/);
    expect(text).toMatch(/artifact drain-report\.txt \(text\/plain, \d+ bytes\)/);
    expect(text).toMatch(/scope_insufficient \(HTTP 403\)[\s\S]*Request ID: req_/);
    expect(text).toMatch(/\$ xeroctl agents agt_xem_fleet_01\n\s+Manifest +v3 (\S+)\n[\s\S]*\$ xeroctl agents wait-manifest agt_xem_fleet_01 --since \1 --max-wait 30\n\s+Agent agt_xem_fleet_01 is back healthy at \S+: manifest v4 \S+ \(was \1\)\.\n\s+\+ etcd_snapshot \(write\)\n\s+- kubectl_rollout_restart\n\s+~ kubectl_label: risk write → destructive\n/);
    expect(text).toContain("the rotation took effect");
    expect(text).toMatch(/revoked: jk_demo_active\n\s+created: jk_\w+/);
  });

  it("runs every xeroctl line it prints, through the CLI itself", () => {
    const commands = lines.filter((l) => l.trimStart().startsWith("$ "));
    expect(commands.length).toBeGreaterThan(15);
    for (const line of commands) expect(line).toMatch(/^ {3}\$ xeroctl [^<|&]*$/);
    const text = lines.join("\n");
    // Output only xeroctl produces: its table headers, its sentences, its timeline rendering.
    expect(text).toMatch(/ID +NAME +ROLE +STATUS +EXEC +REGION +LAST HEARTBEAT/);
    expect(text).toMatch(/Approval [\w-]+ is approved \(by /);
    expect(text).toContain("Final status: completed");
    expect(text).toMatch(/Paused exec of agt_\w+ in every workspace: no new dispatch, in-flight calls finish\./);
  });

  it("gets only responses that conform to the spec", () => {
    expect(() => running.router.conformance.assertClean()).not.toThrow();
  });
});
