import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useRouter } from "@xerotier/testing/vitest";
import { COMMANDS } from "../src/registry";
import { frameIds, startXeroctl, waitFor, xeroctl } from "./support";

const A = DEMO.approvals;
const INV = DEMO.invocations;
const AG = DEMO.agents;
const WS = DEMO.workspaces;

// xeroctl runs in process (`run(argv, io)`) over HTTP to the router; the budget covers a loaded CI machine (not an assertion).
describe("xeroctl against the reference router", { timeout: 90_000 }, () => {
  const h = useRouter({ rateLimit: false, heartbeatIntervalMs: 100, retryMs: 50 });
  let configHome: string;
  const env = (extra: Record<string, string | undefined> = {}) => ({
    XEROTIER_BASE_URL: h.baseUrl,
    XEROTIER_PROJECT: DEMO.project,
    XEROTIER_API_KEY: "xero_demo_admin",
    XDG_CONFIG_HOME: configHome,
    ...extra,
  });
  const cli = (args: string[], extra?: Record<string, string | undefined>) => xeroctl(args, env(extra));
  const json = async (args: string[]) => {
    const r = await cli([...args, "-o", "json"]);
    expect(r.stderr, r.stderr).toBe("");
    expect(r.code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions read arbitrary JSON output
    return JSON.parse(r.stdout) as any;
  };

  beforeAll(async () => {
    configHome = await mkdtemp(join(tmpdir(), "xeroctl-test-"));
  });
  afterAll(async () => {
    await rm(configHome, { recursive: true, force: true });
  });
  beforeEach(() => h.router.reset());

  describe("help and usage", () => {
    it("--help lists every command and the exit codes, and exits 0", async () => {
      const r = await cli(["--help"]);
      expect(r.code).toBe(0);
      for (const command of COMMANDS) expect(r.stdout).toContain(command.usage);
      expect(r.stdout).toMatch(/Exit codes:[\s\S]*0 +success[\s\S]*1 +API error[\s\S]*2 +usage error[\s\S]*130 +interrupted/);
    });

    it("every command has --help with an example", async () => {
      for (const command of COMMANDS) {
        const words = command.words[1] === "show" && command.words[0] === "agents" ? ["agents", "agt_x"] : [...command.words];
        const r = await cli([...words, "--help"]);
        expect(r.code, command.usage).toBe(0);
        expect(r.stdout).toContain(`Usage: xeroctl ${command.usage}`);
        expect(r.stdout).toContain(`Examples:\n  ${command.examples[0]}`);
      }
    });

    it("no command, an unknown command, an unknown flag or a missing argument exits 2", async () => {
      expect((await cli([])).code).toBe(2);
      const unknown = await cli(["frobnicate"]);
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toContain("unknown command 'frobnicate'");
      const flag = await cli(["agents", "--bogus"]);
      expect(flag.code).toBe(2);
      expect(flag.stderr).toContain("'--bogus'");
      expect(flag.stderr).toContain("xeroctl agents list --help");
      expect((await cli(["approvals", "show"])).code).toBe(2);
      expect((await cli(["approvals", "list"])).stderr).toContain("--workspace is required");
      expect((await cli(["approvals", "list", "--workspace", WS.prod, "--risk", "spicy"])).code).toBe(2);
      expect((await cli(["agents", "-o", "yaml"])).code).toBe(2);
      expect((await cli(["approvals", "list", "--workspace"])).code).toBe(2);
    });

    it("a missing API key is a usage error naming where to set one", async () => {
      const r = await cli(["agents"], { XEROTIER_API_KEY: undefined });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("no API key");
    });
  });

  describe("agents", () => {
    it("lists agents as a table and as JSON", async () => {
      const table = await cli(["agents"]);
      expect(table.code).toBe(0);
      expect(table.stdout.split("\n")[0]).toMatch(/^ID +NAME +ROLE +STATUS +EXEC +REGION +LAST HEARTBEAT$/);
      expect(table.stdout).toContain(AG.fleet02);
      const list = await json(["agents", "list"]);
      expect(list.map((a: { id: string }) => a.id)).toEqual(expect.arrayContaining([AG.fleet01, AG.fleet02, AG.edge03]));
    });

    it("shows one agent's tool surface and last heartbeat", async () => {
      const r = await cli(["agents", AG.fleet01]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Last heartbeat +20\d\d-/);
      expect(r.stdout).toMatch(/kubectl_drain +destructive/);
      expect((await json(["agents", AG.fleet01])).manifest.tools.length).toBeGreaterThan(0);
    });

    it("an unknown agent exits 1 with the error code and request id", async () => {
      const r = await cli(["agents", "agt_nope"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/Error: \w+_not_found \(HTTP 404\)/);
      expect(r.stderr).toMatch(/Request ID: req_/);
    });

    it("lists join keys, mints one printing its secret once, and revokes one", async () => {
      const keys = await json(["agents", "join-keys"]);
      expect(keys.map((k: { id: string }) => k.id)).toContain(DEMO.joinKeys.active);
      expect(JSON.stringify(keys)).not.toContain(DEMO.activeJoinKeySecret);
      expect((await cli(["agents", "join-keys"])).stdout).toContain(DEMO.joinKeys.active);

      const created = await cli(["agents", "join-keys", "--create", "--name", "edge-east", "--region", "us-east-1", "--router-addr", "tcp://router.example.com:5555"]);
      expect(created.code).toBe(0);
      const secret = created.stdout.trim();
      expect(secret.split("\n")).toHaveLength(1);
      expect(created.stderr).toContain("shown only this once");
      const listed = await cli(["agents", "join-keys"]);
      expect(listed.stdout).toContain("edge-east");
      expect(listed.stdout).not.toContain(secret);

      const createdJson = await json(["agents", "join-keys", "--create", "--name", "n2", "--region", "r", "--router-addr", "tcp://h:5555"]);
      expect(createdJson).toMatchObject({ name: "n2", key: expect.any(String) });

      const revoked = await cli(["agents", "join-keys", DEMO.joinKeys.active, "--revoke"]);
      expect(revoked.code).toBe(0);
      expect(revoked.stdout).toContain(`Join key ${DEMO.joinKeys.active} is revoked.`);
      expect((await json(["agents", "join-keys", DEMO.joinKeys.active, "--revoke"])).status).toBe("revoked");
    });

    it("join-keys flag mistakes exit 2", async () => {
      expect((await cli(["agents", "join-keys", "--revoke"])).code).toBe(2);
      expect((await cli(["agents", "join-keys", "--create", "--name", "x"])).stderr).toContain("--region is required");
      expect((await cli(["agents", "join-keys", "jk_1"])).code).toBe(2);
      expect((await cli(["agents", "join-keys", "--name", "x"])).code).toBe(2);
    });

    it("pauses and resumes an agent's executor, everywhere or in one workspace", async () => {
      const paused = await cli(["agents", "pause-exec", AG.fleet01]);
      expect(paused.stdout).toBe(`Paused exec of ${AG.fleet01} in every workspace: no new dispatch, in-flight calls finish.\n`);
      expect(h.router.world.agents.get(AG.fleet01).exec_paused).toBe(true);
      expect((await json(["agents", "resume-exec", AG.fleet01])).exec_paused).toBe(false);
      const scoped = await cli(["agents", "pause-exec", AG.fleet01, "--workspace", WS.prod]);
      expect(scoped.stdout).toBe(`Paused exec of ${AG.fleet01} in ${WS.prod}: no new dispatch, in-flight calls finish.\n`);
      expect(h.router.world.agents.get(AG.fleet01).paused_workspace_ids).toEqual([WS.prod]);
      expect((await cli(["agents", "resume-exec", AG.fleet01, "--workspace", WS.prod])).stdout).toBe(`Resumed exec of ${AG.fleet01} in ${WS.prod}.\n`);
    });

    it("rotates CURVE keys, and with --wait reports the confirming heartbeat", async () => {
      const before = h.router.world.agents.get(AG.fleet01).curve_public_key;
      const rotated = await json(["agents", "curve-rotate", AG.fleet01, "--reason", "quarterly"]);
      expect(rotated.curve_public_key).not.toBe(before);
      const waited = await cli(["agents", "curve-rotate", AG.fleet01, "--wait", "--max-wait", "10"]);
      expect(waited.code).toBe(0);
      expect(waited.stdout).toMatch(/confirmed by heartbeat at 20\d\d-/);
      expect((await cli(["agents", "curve-rotate", AG.fleet01, "--max-wait", "5"])).code).toBe(2);
    });
  });

  describe("workspaces", () => {
    it("binds an agent to a workspace", async () => {
      const r = await cli(["workspaces", "bind", WS.prod, "--agent", AG.edge03]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Agent ${AG.edge03} is bound to ${WS.prod}`);
      expect((await json(["workspaces", "bind", WS.prod, "--agent", AG.edge03])).agent_id).toBe(AG.edge03);
      expect((await cli(["workspaces", "bind", WS.prod])).code).toBe(2);
    });

    it("pauses and resumes every agent bound to a workspace, reporting each", async () => {
      const paused = await cli(["workspaces", "pause-exec", WS.prod]);
      expect(paused.code).toBe(0);
      expect(paused.stdout).toMatch(new RegExp(`${AG.fleet01} +paused`));
      expect(paused.stdout).toMatch(new RegExp(`${AG.fleet02} +paused`));
      expect(h.router.world.agents.get(AG.fleet02).paused_workspace_ids).toContain(WS.prod);
      const resumed = await json(["workspaces", "resume-exec", WS.prod]);
      expect(resumed).toMatchObject({ action: "resume", ok: true });
      expect(resumed.results).toHaveLength(2);
    });
  });

  describe("approvals", () => {
    it("lists a workspace's approvals with filters, as a table and as JSON", async () => {
      const table = await cli(["approvals", "list", "--workspace", WS.prod, "--status", "pending"]);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain(A.pendingDestructive);
      expect(table.stdout).not.toContain(A.approved);
      const risky = await json(["approvals", "list", "--workspace", WS.prod, "--risk", "irreversible", "--agent", AG.fleet01]);
      expect(risky.every((a: { risk: string }) => a.risk === "irreversible")).toBe(true);
    });

    it("shows one approval, and an unknown one exits 1", async () => {
      const r = await cli(["approvals", "show", A.pendingDestructive]);
      expect(r.stdout).toMatch(/Tool call +kubectl_drain/);
      expect(r.stdout).toMatch(/Prompt +Drain node-9/);
      expect((await json(["approvals", "show", A.approved])).status).toBe("approved");
      const missing = await cli(["approvals", "show", "00000000-0000-4000-8000-000000000000"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/approval_not_found/);
    });

    it("approves and rejects with a note; deciding the other way afterwards exits 1", async () => {
      const approved = await cli(["approvals", "approve", A.pendingDestructive, "--note", "CHG-1043"]);
      expect(approved.code).toBe(0);
      expect(approved.stdout).toContain("is approved");
      expect(h.router.world.approvals.get(A.pendingDestructive).note).toBe("CHG-1043");
      expect((await json(["approvals", "reject", A.pendingIrreversible, "--note", "no"])).status).toBe("rejected");
      const conflict = await cli(["approvals", "reject", A.pendingDestructive, "--note", "late"]);
      expect(conflict.code).toBe(1);
      expect(conflict.stderr).toContain("approval_already_resolved");
      expect((await cli(["approvals", "approve", A.pendingDestructive])).stderr).toContain("--note is required");
    });
  });

  describe("exec", () => {
    it("shows every transition, every approval and the final status; -o json is the incident export", async () => {
      const r = await cli(["exec", "show", INV.completed]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`approval ${A.approved} requested`);
      expect(r.stdout).toContain(`approval ${A.approved} approved`);
      expect(r.stdout).toMatch(/running → completed/);
      expect(r.stdout).toContain("Final status: completed");
      const doc = await json(["exec", "show", INV.completed]);
      expect(doc).toMatchObject({ object: "incident_export", invocation: { id: INV.completed } });
      expect(doc.request_ids.length).toBeGreaterThan(0);
      expect(JSON.stringify(doc)).not.toMatch(/"(exportedAt|requestIds|exitCode|invocationId)"/);
    });

    it("prints raw stdout, stderr and artifact references", async () => {
      const r = await cli(["exec", "raw", INV.completed]);
      expect(r.stdout).toContain("--- stdout ---\nnode/node-7 cordoned");
      expect(r.stdout).toContain(DEMO.artifact.id);
      expect((await json(["exec", "raw", INV.completed])).artifacts[0].id).toBe(DEMO.artifact.id);
    });

    it("lists invocations with filters and a limit", async () => {
      const failed = await cli(["exec", "list", "--status", "failed"]);
      expect(failed.stdout).toContain(INV.failed);
      expect(failed.stdout).not.toContain(INV.completed);
      expect(await json(["exec", "list", "--limit", "2"])).toHaveLength(2);
      expect((await cli(["exec", "list", "--limit", "0"])).code).toBe(2);
    });

    it("watch resolves with the final status of a finished invocation", async () => {
      const r = await cli(["exec", "watch", INV.failed]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Final status: failed");
      expect((await json(["exec", "watch", INV.completed])).status).toBe("completed");
    });

    it("watch of an unfinished invocation stops on Ctrl-C with exit 130", async () => {
      const watch = startXeroctl(["exec", "watch", INV.pendingIrreversible], env());
      try {
        // Progress goes to stderr after a second; the transitions so far are already on stdout.
        await waitFor(() => watch.output.stderr.includes(`waiting for ${INV.pendingIrreversible} to finish`), 10_000, "the progress line");
        await waitFor(() => watch.output.stdout.includes("requested"), 10_000, "the transitions so far");
        watch.interrupt();
        expect(await watch.exited).toBe(130);
      } finally {
        watch.interrupt();
      }
      expect(watch.output.stdout).not.toContain("Final status");
    });

    it("cancels an unfinished invocation; a finished one exits 1 with its code", async () => {
      expect((await cli(["exec", "cancel", INV.queued])).stdout).toContain(`Invocation ${INV.queued} is cancelled.`);
      const late = await cli(["exec", "cancel", INV.completed]);
      expect(late.code).toBe(1);
      expect(late.stderr).toContain("invocation_already_finished");
    });

    it("an unknown invocation exits 1 with the code and request id", async () => {
      const r = await cli(["exec", "show", "inv_nope"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/not_found[\s\S]*Request ID: req_/);
    });
  });

  describe("errors", () => {
    it("a key without the scope gets 403: code, message and request id, exit 1", async () => {
      const r = await cli(["agents"], { XEROTIER_API_KEY: "xero_demo_readonly" });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("scope_insufficient (HTTP 403)");
      expect(r.stderr).toMatch(/Request ID: req_/);
      const j = await cli(["agents", "-o", "json"], { XEROTIER_API_KEY: "xero_demo_readonly" });
      expect(JSON.parse(j.stderr).error).toMatchObject({ status: 403, code: "scope_insufficient", request_id: expect.stringMatching(/^req_/) });
    });

    it("a 429 with a long Retry-After fails fast and says how long to wait", async () => {
      h.router.faults.failNext(1, { status: 429, retryAfter: 120 });
      const r = await cli(["approvals", "list", "--workspace", WS.prod]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("rate_limit_exceeded (HTTP 429)");
      expect(r.stderr).toContain("wait 120s before retrying");
      h.router.faults.failNext(1, { status: 429, retryAfter: 120 });
      const j = await cli(["agents", "-o", "json"]);
      expect(JSON.parse(j.stderr).error).toMatchObject({ status: 429, retry_after_seconds: 120 });
    });
  });

  describe("status", () => {
    it("reports a reachable router and an accepted key", async () => {
      const r = await cli(["status"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Router +ok/);
      expect(r.stdout).toMatch(/Auth +ok/);
      expect(await json(["status"])).toMatchObject({ ok: true, project: DEMO.project, base_url: h.baseUrl });
    });

    it("exits 1 for a rejected key and for an unreachable router", async () => {
      const bad = await cli(["status"], { XEROTIER_API_KEY: "xero_demo_wrong" });
      expect(bad.code).toBe(1);
      expect(bad.stdout).toMatch(/Auth +rejected/);
      const down = await cli(["status"], { XEROTIER_BASE_URL: "http://127.0.0.1:9" });
      expect(down.code).toBe(1);
      expect(down.stdout).toMatch(/Router +unreachable/);
    });
  });

  describe("config", () => {
    it("adds contexts (0600, keys never printed), switches between them, and uses the current one", async () => {
      const home = await mkdtemp(join(tmpdir(), "xeroctl-cfg-"));
      const bare = { XEROTIER_BASE_URL: undefined, XEROTIER_PROJECT: undefined, XEROTIER_API_KEY: undefined, XDG_CONFIG_HOME: home };
      try {
        // The documented project-scoped form, split into origin and project.
        const added = await cli(["config", "add", "local", "--base-url", `${h.baseUrl}/${DEMO.project}/v1`, "--api-key", "xero_demo_admin"], bare);
        expect(added.code).toBe(0);
        expect(added.stderr).not.toContain("xero_demo_admin");
        await cli(["config", "add", "ro", "--base-url", h.baseUrl, "--project", DEMO.project, "--api-key", "xero_demo_readonly"], bare);
        const path = join(home, "xeroctl", "config.toml");
        expect((await stat(path)).mode & 0o777).toBe(0o600);
        expect(await readFile(path, "utf8")).toContain('current = "local"');

        const list = await cli(["config", "list"], bare);
        expect(list.stdout).toMatch(/\* +local/);
        expect(list.stdout + (await cli(["config", "list", "-o", "json"], bare)).stdout).not.toMatch(/xero_demo/);

        expect((await cli(["agents"], bare)).code).toBe(0);
        expect((await cli(["agents", "--context", "ro"], bare)).code).toBe(1);
        expect((await cli(["config", "use", "ro"], bare)).code).toBe(0);
        expect((await cli(["agents"], bare)).code).toBe(1);
        expect((await cli(["agents", "--api-key", "xero_demo_admin"], bare)).code).toBe(0);

        expect((await cli(["config", "use", "nope"], bare)).code).toBe(2);
        expect((await cli(["agents", "--context", "nope"], bare)).code).toBe(2);
        expect((await cli(["config", "add", "x", "--base-url", h.baseUrl, "--api-key", "k"], bare)).stderr).toContain("no project");
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    });

    it("a project-scoped --base-url flag works without XEROTIER_PROJECT", async () => {
      const r = await cli(["agents", "--base-url", `${h.baseUrl}/${DEMO.project}/v1`], { XEROTIER_PROJECT: undefined, XEROTIER_BASE_URL: undefined });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(AG.fleet01);
    });
  });

  describe("approvals watch", () => {
    // Requests a destructive call, which opens a new approval (an exec.approval_requested event).
    const requestApproval = () => createExec(h.client()).invoke({ workspaceId: WS.prod, tool: DEMO.tools.destructive, arguments: { node: "node-1" } });

    it("prints SSE frames, survives a dropped stream without repeating, and exits 130 on Ctrl-C", async () => {
      const cut = h.router.faults.cutStreamAfterEvents(1);
      const watch = startXeroctl(["approvals", "watch", "--workspace", WS.prod], env());
      try {
        // The subscription starts live: keep producing events until the first one shows up.
        await waitFor(async () => {
          if (frameIds(watch.output.stdout).length > 0) return true;
          await requestApproval();
          await new Promise((r) => setTimeout(r, 100));
          return frameIds(watch.output.stdout).length > 0;
        }, 10_000, "the first frame");
        await waitFor(() => cut.triggered === 1, 5_000, "the stream cut");
        const before = frameIds(watch.output.stdout).length;
        await requestApproval();
        await waitFor(() => frameIds(watch.output.stdout).length > before, 10_000, "a frame after the reconnect");
        watch.interrupt();
        expect(await watch.exited).toBe(130);
      } finally {
        watch.interrupt();
      }
      const ids = frameIds(watch.output.stdout);
      expect(new Set(ids).size).toBe(ids.length);
      // What was pending at the start comes first, as frames without `id:` (no resume point), then the live ones.
      expect(watch.output.stdout).toMatch(/^event: exec\.approval_requested\ndata: \{"id":"relist:.*\}\n\n/);
      expect(watch.output.stdout).toMatch(/^id: evt_\w+\nevent: exec\.approval_requested\ndata: \{.*\}\n\n/m);
      expect(watch.output.stderr).not.toMatch(/Error|at .*\.js/);
    });

    it("-o json prints one JSON event per line", async () => {
      const watch = startXeroctl(["approvals", "watch", "--workspace", WS.prod, "-o", "json"], env());
      try {
        await waitFor(async () => {
          if (watch.output.stdout.includes("\n")) return true;
          await requestApproval();
          await new Promise((r) => setTimeout(r, 100));
          return watch.output.stdout.includes("\n");
        }, 10_000, "the first event");
        watch.interrupt();
        expect(await watch.exited).toBe(130);
      } finally {
        watch.interrupt();
      }
      const lines = watch.output.stdout.trim().split("\n");
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ object: "event", type: "exec.approval_requested", data: { workspace_id: WS.prod } });
    });
  });
});
