import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "@xerotier/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useRouter } from "@xerotier/testing/vitest";
import { startXeroctl, waitFor, xeroctl } from "./support";

const AG = DEMO.agents;
const TOOLS = DEMO.tools;

// xeroctl runs in process and waits out a simulated restart; the budget covers a loaded CI machine (not an assertion).
describe("xeroctl agents wait-manifest (guide 6, step 1) against the reference router", { timeout: 90_000 }, () => {
  const h = useRouter({ rateLimit: false, heartbeatIntervalMs: 100 });
  let configHome: string;
  const env = () => ({ XEROTIER_BASE_URL: h.baseUrl, XEROTIER_PROJECT: DEMO.project, XEROTIER_API_KEY: "xero_demo_admin", XDG_CONFIG_HOME: configHome });
  const cli = (args: string[]) => xeroctl(args, env());

  /** The XEM host restarts through the router's control route, publishing `tools` (omitted: the same ones). */
  async function restart(agentId: string, body: { tools?: unknown[]; downtimeMs: number }): Promise<void> {
    const response = await h.fetch(`/_router/agents/${agentId}/restart`, { method: "POST", body: JSON.stringify(body) });
    expect(response.status).toBe(200);
  }

  /** New credentials: etcd access gained, rollouts lost, labels now destructive. */
  function rotatedTools() {
    const before = h.router.agents.get(AG.fleet01).manifest.tools;
    const snapshot = h.router.agents.get(AG.edge03).manifest.tools.find((t) => t.name === TOOLS.snapshot)!;
    const kept = before.filter((t) => t.name !== TOOLS.failing).map((t) => (t.name === TOOLS.write ? { ...t, risk: "destructive" as const } : t));
    return [...kept, snapshot];
  }

  beforeAll(async () => {
    configHome = await mkdtemp(join(tmpdir(), "xeroctl-wait-manifest-"));
  });
  afterAll(async () => {
    await rm(configHome, { recursive: true, force: true });
  });
  beforeEach(() => h.router.reset());

  it("`agents <id>` shows the manifest version and hash, as a field and in JSON", async () => {
    const manifest = h.router.agents.get(AG.fleet01).manifest;
    const table = await cli(["agents", AG.fleet01]);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain(`v${manifest.version} ${manifest.hash}`);
    const shown = JSON.parse((await cli(["agents", AG.fleet01, "-o", "json"])).stdout);
    expect(shown.manifest).toMatchObject({ version: manifest.version, hash: manifest.hash });
  });

  it("without --since, takes the manifest read now as the baseline and prints the diff once the agent is back", async () => {
    const before = h.router.agents.get(AG.fleet01).manifest;
    const wait = startXeroctl(["agents", "wait-manifest", AG.fleet01, "--max-wait", "30"], env());
    try {
      // The progress line comes after the baseline read: restart only then, as an operator would.
      await waitFor(() => wait.output.stderr.includes(`waiting for ${AG.fleet01} to come back with a new manifest`), 10_000, "the progress line");
      await restart(AG.fleet01, { tools: rotatedTools(), downtimeMs: 300 });
      expect(await wait.exited).toBe(0);
    } finally {
      wait.interrupt();
    }
    const after = h.router.agents.get(AG.fleet01).manifest;
    expect(after.version).toBe(before.version + 1);
    expect(wait.output.stdout.split("\n")).toEqual([
      expect.stringMatching(new RegExp(`^Agent ${AG.fleet01} is back healthy at 20\\d\\d-\\S+: manifest v${after.version} ${after.hash} \\(was v${before.version} ${before.hash}\\)\\.$`)),
      "+ etcd_snapshot (write)",
      "- kubectl_rollout_restart",
      "~ kubectl_label: risk write → destructive",
      "",
    ]);
  });

  it("--since <hash> -o json prints the result with the API's field names", async () => {
    const before = h.router.agents.get(AG.fleet01).manifest;
    await restart(AG.fleet01, { tools: rotatedTools(), downtimeMs: 2_000 });
    const r = await cli(["agents", "wait-manifest", AG.fleet01, "--since", before.hash, "--max-wait", "10", "-o", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(Object.keys(result).sort()).toEqual(["agent", "agent_id", "diff", "heartbeat_at", "previous"]);
    expect(result.agent_id).toBe(AG.fleet01);
    expect(result.previous).toEqual({ version: null, hash: before.hash });
    expect(result.agent.manifest.hash).not.toBe(before.hash);
    expect(result.heartbeat_at).toBe(result.agent.last_heartbeat_at);
    expect(result.diff.added.map((t: { name: string }) => t.name)).toEqual([TOOLS.snapshot]);
    expect(result.diff.removed.map((t: { name: string }) => t.name)).toEqual([TOOLS.failing]);
    expect(result.diff.changed).toMatchObject([{ name: TOOLS.write, fields: ["risk"], before: { risk: "write" }, after: { risk: "destructive" } }]);
  });

  it("a restart that republishes the same manifest exits 1 saying the new credentials were not picked up", async () => {
    const before = h.router.agents.get(AG.fleet01).manifest;
    await restart(AG.fleet01, { downtimeMs: 2_000 });
    const r = await cli(["agents", "wait-manifest", AG.fleet01, "--since-version", String(before.version), "--max-wait", "10"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("Error: manifest_unchanged:");
    expect(r.stderr).toContain("the restart did not pick the new credentials up");
    expect(r.stderr).toContain("Check the credentials mounted on the XEM host");
  });

  it("an agent that never comes back with a new manifest exits 1 after --max-wait", async () => {
    const before = h.router.agents.get(AG.fleet01).manifest;
    const r = await cli(["agents", "wait-manifest", AG.fleet01, "--since", before.hash, "--max-wait", "1"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Error: manifest_refresh_timeout:");
    expect(r.stderr).toContain(`did not come back with a new manifest within 1000 ms (last status: healthy, version ${before.version}, hash ${before.hash})`);
    expect(r.stderr).toContain("rerun with a longer --max-wait");
  });

  it("stops on Ctrl-C with exit 130, printing nothing on stdout", async () => {
    const wait = startXeroctl(["agents", "wait-manifest", AG.fleet01], env());
    try {
      await waitFor(() => wait.output.stderr.includes("to come back with a new manifest"), 10_000, "the progress line");
      wait.interrupt();
      expect(await wait.exited).toBe(130);
    } finally {
      wait.interrupt();
    }
    expect(wait.output.stdout).toBe("");
  });

  it("flag mistakes exit 2 before any request; an unknown agent exits 1", async () => {
    for (const args of [["--since-version", "v3"], ["--since-version", "-1"], ["--max-wait", "0"], ["--since", ""]]) {
      const r = await cli(["agents", "wait-manifest", AG.fleet01, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain("xeroctl agents wait-manifest --help");
    }
    const unknown = await cli(["agents", "wait-manifest", "agt_missing", "--max-wait", "1"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/not_found|agent_not_found/);
  });
});
