/**
 * `xeroctl approvals watch` as a user meets it when the router is down at the start: it says on
 * stderr that it is disconnected and reconnecting, prints what is pending first (the approval that
 * landed before it got through included), then follows. In-process (the CLI's `run`), no binary.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import { useRouter } from "@xerotier/testing/vitest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../src/index";
import { waitFor } from "./support";

const h = useRouter({ rateLimit: false, retryMs: 50 });
let configHome: string;
beforeAll(async () => void (configHome = await mkdtemp(join(tmpdir(), "xeroctl-watch-"))));
afterAll(() => rm(configHome, { recursive: true, force: true }));

/** Resolves once the router refuses connections (its restart has stopped the server). */
async function refusing(): Promise<void> {
  await waitFor(() => fetch(`${h.baseUrl}/healthz`).then(() => false, () => true), 5_000, "the router to go down");
}

describe("xeroctl approvals watch started while the router is down", () => {
  it("says it is reconnecting, prints the approval that landed before it got through, then follows", async () => {
    const workspaceId = DEMO.workspaces.staging;
    // Once back: 503 six times, more than one stream connection's request and its client retries (3) absorb.
    h.router.faults.failNext(6, { status: 503, match: { path: "/v1/exec/events" } });
    const restarting = h.restart({ downMs: 1_500 });
    await refusing();
    const controller = new AbortController();
    const out = { stdout: "", stderr: "" };
    const running = run(["approvals", "watch", "--workspace", workspaceId, "-o", "json"], {
      stdout: (text) => void (out.stdout += text),
      stderr: (text) => void (out.stderr += text),
      env: { XEROTIER_BASE_URL: h.baseUrl, XEROTIER_PROJECT: DEMO.project, XEROTIER_API_KEY: "xero_demo_admin", XDG_CONFIG_HOME: configHome },
      isTTY: false,
      stderrIsTTY: false,
      signal: controller.signal,
    });
    try {
      const landed = h.router.scenario.requestApproval({ risk: "destructive", workspaceId }).id; // while nothing answers
      await waitFor(() => /reconnecting/.test(out.stderr), 30_000, "a reconnect note");
      await restarting;
      await waitFor(() => out.stdout.includes(landed), 30_000, "the landed approval");
      const live = await createExec(h.client()).invoke({ workspaceId, tool: DEMO.tools.destructive, arguments: { node: "node-9" } });
      await waitFor(() => out.stdout.includes(live.id), 10_000, "a later approval");
      controller.abort();
      expect(await running).toBe(130);

      const events = out.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; type: string; data: { id: string; invocation_id?: string } });
      expect(events.filter((e) => e.data.id === landed)).toHaveLength(1);
      const liveAt = events.findIndex((e) => e.data.invocation_id === live.id);
      expect(events.findIndex((e) => e.data.id === landed)).toBeLessThan(liveAt); // what was pending comes first
      expect(events.slice(0, liveAt).every((e) => e.type === "exec.approval_requested" && e.id.startsWith("relist:"))).toBe(true);
      expect(out.stderr).toMatch(/disconnected \(.+\); reconnecting in \d+(\.\d)? s \(attempt \d+\)/);
      expect(out.stderr).not.toMatch(/xero_demo_admin|at .*\.[jt]s/);
    } finally {
      controller.abort();
      await running;
    }
  });
});
