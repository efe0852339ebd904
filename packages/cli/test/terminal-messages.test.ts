// What a newcomer reads in the terminal: the version, the hint when the API cannot be reached,
// a spinner that never shares a line with the result, usage mistakes before configuration
// mistakes, what a pause or resume left paused, and no expiry on a decided approval.
import { readFileSync } from "node:fs";
import { DEMO } from "@xerotier/testing";
import { VERSION as API_VERSION } from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { CLI_VERSION } from "../src/version";
import { pauseReport } from "../src/commands/agents";
import { inProcessCli, until, useInProcessCli } from "./in-process";

const { cli, start, router, home } = useInProcessCli();

describe("the version", () => {
  it("is the CLI's own, kept equal to package.json, then the SDK's, each labelled", async () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(CLI_VERSION).toBe(pkg.version);
    for (const argv of [["version"], ["-v"], ["--version"]]) {
      const r = await cli(argv);
      expect(r, argv.join(" ")).toEqual({ code: 0, stdout: `xeroctl ${CLI_VERSION}\n@xerotier/api ${API_VERSION}\n`, stderr: "" });
    }
    expect(JSON.parse((await cli(["version", "-o", "json"])).stdout)).toEqual({ xeroctl: CLI_VERSION, "@xerotier/api": API_VERSION });
  });
});

describe("when the API cannot be reached", () => {
  const unreachable = (baseUrl: string, extra: Record<string, string> = {}) =>
    inProcessCli(() => ({ ...router(), fetch: async () => Promise.reject(new TypeError("fetch failed")) }), home).cli(["agents"], {
      env: { XEROTIER_BASE_URL: baseUrl, ...extra },
    });

  it("suggests starting the reference router only for a loopback URL: npx xerotier-router, or pnpm router in the SDK's checkout", async () => {
    const installed = await unreachable("http://127.0.0.1:4010/proj_demo");
    expect(installed.code).toBe(1);
    expect(installed.stderr).toContain(
      "Could not reach http://127.0.0.1:4010: is the reference router running? Start it with `npx xerotier-router`, or check --base-url (or XEROTIER_BASE_URL, or the context).",
    );
    const checkout = await unreachable("http://localhost:4010/proj_demo", { npm_package_name: "xerotier-sdk" });
    expect(checkout.stderr).toContain("Start it with `pnpm router`");
  });

  it("never mentions the router for a remote URL", async () => {
    const r = await unreachable("https://api.xerotier.ai/proj_abc123");
    expect(r.stderr).toContain("Could not reach https://api.xerotier.ai: check --base-url (or XEROTIER_BASE_URL, or the context) and the network.");
    expect(r.stderr).not.toMatch(/router/);
  });
});

describe("the spinner", () => {
  it("is cleared before the enrolment's result line, which gets a line of its own", async () => {
    const running = start(["agents", "join-keys", "--create", "--name", "edge-x", "--region", "us-east-1", "--router-addr", "tcp://127.0.0.1:5555", "--wait"], { tty: true });
    await until(() => /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] waiting for an agent/.test(running.output.stderr), 10_000, "the spinner");
    const agent = router().world.enrollAgent({ joinKey: running.output.stdout.trim(), registrationName: "edge-x-host" });
    router().clock.advance(5_000);
    const r = await running.done;
    expect(r.code).toBe(0);
    const result = `Agent ${agent.id} (edge-x-host) enrolled with join key`;
    expect(r.stderr).toContain(`\r\u001b[K${result}`);
    expect(r.stderr.slice(r.stderr.indexOf(result))).not.toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
  });
});

describe("usage mistakes are reported before configuration mistakes", () => {
  it.each([
    [["approvals", "list", "--workspace", "ws_kube_prod", "--status", "pendng"], "--status must be one of pending, approved, rejected, escalated, timed_out; got 'pendng'"],
    [["approvals", "list", "--workspace", "ws_kube_prod", "--risk", "low"], "--risk must be one of read, write, destructive, irreversible; got 'low'"],
    [["exec", "list", "--status", "done"], "--status must be one of"],
    [["exec", "list", "--limit", "0"], "--limit must be a positive integer; got '0'"],
    [["agents", "join-keys", "--create", "--region", "r", "--router-addr", "tcp://h:5555"], "--name is required"],
    [["agents", "join-keys", "--create", "--name", "n", "--region", "r", "--router-addr", "tcp://h:5555", "--wait", "--max-wait", "soon"], "--max-wait must be a positive integer; got 'soon'"],
    [["agents", "curve-rotate", "agt_1", "--max-wait", "5"], "--max-wait is only valid with --wait"],
    [["agents", "wait-manifest", "agt_1", "--since-version", "-1"], "--since-version must be a non-negative integer; got '-1'"],
    [["workspaces", "bind", "ws_kube_prod"], "--agent is required"],
  ])("xeroctl %j without an API key names the bad flag", async (argv, message) => {
    const r = await cli(argv, { env: { XEROTIER_API_KEY: undefined } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`xeroctl: ${message}`);
    expect(r.stderr).not.toContain("no API key");
  });
});

describe("pause and resume say what they did and what stays paused", () => {
  it("resume in one workspace while another stays paused", async () => {
    await cli(["agents", "pause-exec", DEMO.agents.fleet01, "--workspace", DEMO.workspaces.staging]);
    const r = await cli(["agents", "resume-exec", DEMO.agents.fleet01, "--workspace", DEMO.workspaces.prod]);
    expect(r).toMatchObject({ code: 0, stdout: `Resumed exec of ${DEMO.agents.fleet01} in ws_kube_prod. It stays paused in ws_kube_staging.\n` });
  });

  it("every combination, from the agent the server returned", () => {
    const agent = (exec_paused: boolean, paused_workspace_ids: string[]) => ({ id: "agt_1", exec_paused, paused_workspace_ids });
    expect(pauseReport("pause", agent(true, []), undefined)).toBe("Paused exec of agt_1 in every workspace: no new dispatch, in-flight calls finish.");
    expect(pauseReport("pause", agent(false, ["ws_a", "ws_b"]), "ws_a")).toBe("Paused exec of agt_1 in ws_a: no new dispatch, in-flight calls finish. It is also paused in ws_b.");
    expect(pauseReport("resume", agent(false, []), undefined)).toBe("Resumed exec of agt_1 in every workspace.");
    expect(pauseReport("resume", agent(false, []), "ws_a")).toBe("Resumed exec of agt_1 in ws_a.");
    expect(pauseReport("resume", agent(true, []), "ws_a")).toBe(
      "Resumed exec of agt_1 in ws_a. It stays paused everywhere (paused without --workspace): xeroctl agents resume-exec agt_1",
    );
  });
});

describe("approvals list", () => {
  it("shows no expiry for a decided approval", async () => {
    const r = await cli(["approvals", "list", "--workspace", DEMO.workspaces.prod]);
    const rows = r.stdout.trim().split("\n").slice(1);
    const decided = rows.filter((row) => / (approved|rejected|timed_out) /.test(row));
    const open = rows.filter((row) => / pending /.test(row));
    expect(decided.length).toBeGreaterThan(0);
    for (const row of decided) expect(row).toMatch(/ -$/);
    for (const row of open) expect(row).toMatch(/ in \d+m$/);
  });
});
