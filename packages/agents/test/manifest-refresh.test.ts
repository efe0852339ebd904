import { APIUserAbortError } from "@xerotier/api";
import { DEMO } from "@xerotier/testing";
import { beforeEach, describe, expect, it } from "vitest";
import {
  createAgents,
  formatManifestDiff,
  ManifestBaselineUnknownError,
  ManifestRefreshTimeoutError,
  ManifestUnchangedError,
  type ToolDescriptor,
} from "../src/index";
import { tick, useRouter } from "./support";

const { agents: AG, tools: T } = DEMO;

const ETCD_BACKUP: ToolDescriptor = {
  name: "etcd_backup",
  description: "Back etcd up to object storage.",
  risk: "write",
  domain: "kubernetes",
  timeout_ms: 60_000,
  parameters: { type: "object", properties: { bucket: { type: "string" } }, required: ["bucket"] },
};

describe("waitForManifestRefresh (guide 6, step 1)", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());
  const manifestOf = (agentId: string) => h.router.world.agents.get(agentId).manifest;
  let answered = 0;
  /** The SDK over a client whose answered requests are counted (see {@link reads}). */
  const agents = (options?: Parameters<typeof h.client>[1]) => {
    const client = h.client(undefined, options);
    client.use({ onResponse: () => void (answered += 1) });
    return createAgents(client);
  };
  /** Waits (bounded) until `n` more answers arrived: the wait has read the agent that often. */
  async function reads(n: number): Promise<void> {
    const target = answered + n;
    for (let i = 0; i < 500 && answered < target; i++) await tick(10);
    if (answered < target) throw new Error(`fewer than ${n} reads within 5 s`);
  }

  it("resolves once the restarted agent is healthy with a new manifest, with the tools added and removed", async () => {
    const before = manifestOf(AG.fleet01);
    const tools = [...before.tools.filter((t) => t.name !== T.failing), ETCD_BACKUP];
    let settled = false;
    const waiting = agents()
      .waitForManifestRefresh(AG.fleet01, { since: before, maxWaitMs: 10_000, pollIntervalMs: 5 })
      .finally(() => (settled = true));
    h.router.agents.restart(AG.fleet01, { tools, downtimeMs: 5_000 });
    await reads(3); // several polls see the agent offline with the old manifest
    expect(settled).toBe(false);

    h.router.clock.advance(5_000);
    const result = await waiting;
    expect(result.agent).toMatchObject({ id: AG.fleet01, status: "healthy", manifest: { version: before.version + 1 } });
    expect(result.previous).toEqual({ version: before.version, hash: before.hash });
    expect(result.heartbeatAt).toBe(result.agent.last_heartbeat_at);
    expect(result.diff?.added.map((t) => t.name)).toEqual(["etcd_backup"]);
    expect(result.diff?.removed.map((t) => t.name)).toEqual([T.failing]);
    expect(result.diff?.changed).toEqual([]);
    expect(formatManifestDiff(result.diff!)).toEqual(["+ etcd_backup (write)", `- ${T.failing}`]);
  });

  it("reports a refresh that changes only a tool's risk", async () => {
    const before = manifestOf(AG.edge03);
    const tools = before.tools.map((t) => (t.name === T.write ? { ...t, risk: "destructive" as const } : t));
    const waiting = agents().waitForManifestRefresh(AG.edge03, { since: before, maxWaitMs: 10_000, pollIntervalMs: 5 });
    h.router.agents.restart(AG.edge03, { tools, downtimeMs: 1_000 });
    await reads(1);
    h.router.clock.advance(1_000);
    const { diff } = await waiting;
    expect(diff).toMatchObject({ added: [], removed: [], changed: [{ name: T.write, fields: ["risk"], before: { risk: "write" }, after: { risk: "destructive" } }] });
    expect(formatManifestDiff(diff!)).toEqual([`~ ${T.write}: risk write → destructive`]);
  });

  it("rejects with ManifestUnchangedError when the agent went offline and came back with the same manifest", async () => {
    const before = manifestOf(AG.fleet01);
    const waiting = agents()
      .waitForManifestRefresh(AG.fleet01, { since: { hash: before.hash }, maxWaitMs: 10_000, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    h.router.agents.restart(AG.fleet01, { downtimeMs: 2_000 }); // the host kept its old credentials
    await reads(1);
    h.router.clock.advance(2_000);
    const error = await waiting;
    expect(error).toBeInstanceOf(ManifestUnchangedError);
    expect(error).toMatchObject({ agentId: AG.fleet01, reason: "manifest_unchanged", code: undefined, manifest: { hash: before.hash, version: before.version } });
    expect((error as Error).message).toContain("the restart did not pick the new credentials up");
  });

  it("a restart too quick to see offline is recognised by its new worker", async () => {
    const before = manifestOf(AG.edge03);
    const waiting = agents()
      .waitForManifestRefresh(AG.edge03, { since: { version: before.version }, maxWaitMs: 10_000, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    await reads(1); // the first read sees the old worker
    h.router.agents.restart(AG.edge03);
    expect(await waiting).toBeInstanceOf(ManifestUnchangedError);
  });

  it("times out with ManifestRefreshTimeoutError carrying the last read when the agent never restarts", async () => {
    const before = manifestOf(AG.fleet01);
    await agents().get(AG.fleet01); // a warm router: a read in flight at the deadline is cancelled
    const error = await agents()
      .waitForManifestRefresh(AG.fleet01, { since: before, maxWaitMs: 300, pollIntervalMs: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ManifestRefreshTimeoutError);
    expect(error).toMatchObject({ agentId: AG.fleet01, reason: "manifest_refresh_timeout", code: undefined, lastSeen: { status: "healthy", manifest: { hash: before.hash } } });
  });

  it("keeps waiting while the agent is offline, and an abort stops it with APIUserAbortError", async () => {
    const controller = new AbortController();
    h.router.agents.restart(AG.fleet01, { tools: [ETCD_BACKUP], downtimeMs: 60_000 });
    const waiting = agents().waitForManifestRefresh(AG.fleet01, {
      since: { hash: "fnv1a64:0000000000000000" },
      maxWaitMs: 10_000,
      pollIntervalMs: 5,
      signal: controller.signal,
    });
    await reads(1);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("with only a time: takes the manifest from a read before the restart and needs a heartbeat after that time", async () => {
    const at = new Date(h.router.clock.now());
    h.router.clock.advance(1_000);
    h.router.agents.restart(AG.edge03, { tools: [ETCD_BACKUP], downtimeMs: 2_000 });
    const waiting = agents().waitForManifestRefresh(AG.edge03, { since: { at }, maxWaitMs: 10_000, pollIntervalMs: 5 });
    await reads(1);
    h.router.clock.advance(2_000);
    const result = await waiting;
    expect(Date.parse(result.heartbeatAt)).toBeGreaterThan(at.getTime());
    expect(result.diff?.added.map((t) => t.name)).toEqual(["etcd_backup"]);
    expect(result.diff?.removed.length).toBeGreaterThan(0);
  });

  it("with only a time, an agent already back at the first read is ManifestBaselineUnknownError, not a guess", async () => {
    const at = new Date(h.router.clock.now());
    h.router.clock.advance(1_000);
    h.router.agents.restart(AG.edge03, { tools: [ETCD_BACKUP] });
    await expect(agents().waitForManifestRefresh(AG.edge03, { since: { at }, maxWaitMs: 1_000, pollIntervalMs: 5 })).rejects.toBeInstanceOf(
      ManifestBaselineUnknownError,
    );
  });

  it("with only a hash: the tools for the diff come from a read still showing that manifest", async () => {
    const before = manifestOf(AG.edge03);
    const waiting = agents().waitForManifestRefresh(AG.edge03, { since: { hash: before.hash }, maxWaitMs: 10_000, pollIntervalMs: 5 });
    await reads(1);
    h.router.agents.restart(AG.edge03, { tools: [...before.tools, ETCD_BACKUP] });
    const { diff } = await waiting;
    expect(diff).toEqual({ added: [ETCD_BACKUP], removed: [], changed: [] });
  });

  it("with only a hash and the agent already refreshed: resolves, without a diff it cannot know", async () => {
    const before = manifestOf(AG.edge03);
    h.router.agents.restart(AG.edge03, { tools: [ETCD_BACKUP] });
    const result = await agents().waitForManifestRefresh(AG.edge03, { since: { hash: before.hash }, maxWaitMs: 1_000, pollIntervalMs: 5 });
    expect(result.diff).toBeUndefined();
    expect(result.agent.manifest.hash).not.toBe(before.hash);
  });

  it("tolerates drift: an unknown status is not healthy, and tools without parameters are diffed on what they carry", async () => {
    const drift = { status: "warming_up" as string | undefined };
    // The router's real answers, rewritten as a newer server might send them.
    const driftingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!new URL(input instanceof Request ? input.url : String(input)).pathname.endsWith(`/agents/${AG.edge03}`)) return response;
      const agent = (await response.json()) as { status: string; manifest: { tools: Record<string, unknown>[] } };
      if (drift.status) agent.status = drift.status;
      for (const tool of agent.manifest.tools) delete tool.parameters;
      return new Response(JSON.stringify(agent), { status: response.status, headers: response.headers });
    };
    const before = manifestOf(AG.edge03);
    let settled = false;
    const waiting = agents({ fetch: driftingFetch })
      .waitForManifestRefresh(AG.edge03, { since: before, maxWaitMs: 10_000, pollIntervalMs: 5 })
      .finally(() => (settled = true));
    h.router.agents.restart(AG.edge03, { tools: [...before.tools, ETCD_BACKUP] });
    await reads(3); // new manifest, fresh heartbeat, but a status the SDK does not know
    expect(settled).toBe(false);
    drift.status = undefined;
    const { diff } = await waiting;
    expect(diff).toMatchObject({ added: [{ name: "etcd_backup" }], removed: [], changed: [] });
  });

  it("rejects a missing or malformed `since` before any request", async () => {
    const a = agents();
    await expect(a.waitForManifestRefresh(AG.edge03, {} as never)).rejects.toBeInstanceOf(TypeError);
    await expect(a.waitForManifestRefresh(AG.edge03, { since: {} })).rejects.toBeInstanceOf(TypeError);
    await expect(a.waitForManifestRefresh(AG.edge03, { since: { at: "yesterday" } })).rejects.toBeInstanceOf(RangeError);
    await expect(a.waitForManifestRefresh(AG.edge03, { since: { hash: "x" }, maxWaitMs: -1 })).rejects.toBeInstanceOf(RangeError);
  });
});

describe("the router's simulated restart, read while it happens", () => {
  const h = useRouter({ clock: "manual", rateLimit: false });
  beforeEach(() => h.router.reset());

  /** `POST /_router/agents/{id}/restart`: what a runbook under test in another process would call. */
  async function restartOverHttp(agentId: string, tools: ToolDescriptor[]): Promise<void> {
    const response = await h.fetch(`/_router/agents/${agentId}/restart`, {
      apiKey: null,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tools, downtimeMs: 0 }),
    });
    expect(response.status).toBe(200);
  }

  it("concurrent readers polling the agent during the swaps never see a mixed tool list", async () => {
    const agents = createAgents(h.client());
    const original = h.router.world.agents.get(AG.fleet01).manifest.tools;
    const manifests = [[...original.slice(1), ETCD_BACKUP], original];
    const names = (tools: readonly ToolDescriptor[]) => tools.map((t) => t.name).join(",");
    const allowed = new Set(manifests.map(names));
    const toolsByHash = new Map<string, string>();
    const seen: string[] = [];
    for (let round = 0; round < 12; round++) {
      // Eight reads in flight while the swap happens, then the next round starts after it.
      const reads = Array.from({ length: 8 }, () => agents.get(AG.fleet01));
      const swap = restartOverHttp(AG.fleet01, manifests[round % 2]!);
      for (const agent of await Promise.all(reads)) {
        const list = names(agent.manifest.tools);
        seen.push(list);
        expect(toolsByHash.get(agent.manifest.hash) ?? list).toBe(list);
        toolsByHash.set(agent.manifest.hash, list);
      }
      await swap;
    }
    expect(seen.filter((list) => !allowed.has(list))).toEqual([]);
    expect(new Set(seen).size).toBe(2); // both manifests were read
    expect(toolsByHash.size).toBe(2);
  });

  it("rejects a body whose tools are not descriptors", async () => {
    const response = await h.fetch(`/_router/agents/${AG.fleet01}/restart`, {
      apiKey: null,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ tools: ["kubectl_get"] }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_request", param: "tools" });
    expect(h.router.world.agents.get(AG.fleet01).status).toBe("healthy");
  });
});
