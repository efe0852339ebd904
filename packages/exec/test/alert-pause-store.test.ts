/** The pause stores: bounded, atomic on disk, and never a guess from an unreadable file. */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filePauseStore, memoryPauseStore, type PauseRecord, type PauseStore } from "../src/alerts";
import { alert, countingClient, payload, serveResponder, target } from "./alert-support";
import { startContractServer, type ContractServer } from "./contract-agents-server";

const record = (agent: string, workspace = "ws_a"): PauseRecord => ({ workspace, agent, fingerprint: `fp-${agent}`, pausedAt: "2026-11-24T09:00:00.000Z", afterEventId: null });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "pause-store-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe.each([
  ["memoryPauseStore", (max?: number) => memoryPauseStore(max === undefined ? {} : { maxRecords: max })],
  ["filePauseStore", (max?: number) => filePauseStore(join(dir, "pauses.json"), max === undefined ? {} : { maxRecords: max })],
] as Array<[string, (max?: number) => PauseStore]>)("%s", (_name, make) => {
  it("saves, replaces by workspace and agent, deletes, and loads copies", async () => {
    const store = make();
    await store.save(record("agt_a"));
    await store.save({ ...record("agt_a"), fingerprint: "fp-new" });
    await store.save(record("agt_a", "ws_b"));
    expect((await store.load()).map((r) => [r.workspace, r.agent, r.fingerprint])).toEqual([["ws_a", "agt_a", "fp-new"], ["ws_b", "agt_a", "fp-agt_a"]]);
    await store.delete("ws_a", "agt_a");
    await store.delete("ws_a", "agt_nobody");
    const loaded = await store.load();
    loaded[0]!.fingerprint = "mutated";
    expect((await store.load()).map((r) => r.fingerprint)).toEqual(["fp-agt_a"]);
  });

  it("is bounded: a new record past maxRecords is refused, a replacement is not", async () => {
    const store = make(2);
    await store.save(record("agt_a"));
    await store.save(record("agt_b"));
    await expect(store.save(record("agt_c"))).rejects.toThrow(/full \(2 records\)/);
    await store.save({ ...record("agt_b"), fingerprint: "again" });
    expect((await store.load()).map((r) => r.agent)).toEqual(["agt_a", "agt_b"]);
  });

  it("refuses a bound that would switch the bound off", () => {
    for (const bad of [0, -1, Number.NaN, 1.5]) expect(() => make(bad)).toThrow(RangeError);
  });
});

describe("filePauseStore on disk", () => {
  it("survives a new store on the same file (a restart) and leaves no temporary file", async () => {
    const path = join(dir, "pauses.json");
    await filePauseStore(path).save(record("agt_a"));
    expect((await filePauseStore(path).load()).map((r) => r.agent)).toEqual(["agt_a"]);
    expect(await readdir(dir)).toEqual(["pauses.json"]);
  });

  it("removes the temporary file of a process killed mid-write, and keeps the last complete records", async () => {
    const path = join(dir, "pauses.json");
    await filePauseStore(path).save(record("agt_a"));
    await writeFile(`${path}.999999999.abc.tmp`, '{"records":[{"workspace":"ws_a","ag'); // a dead pid's half write
    expect((await filePauseStore(path).load()).map((r) => r.agent)).toEqual(["agt_a"]);
    expect(await readdir(dir)).toEqual(["pauses.json"]);
  });

  it("a failed write leaves the file as it was and no temporary file", async () => {
    const path = join(dir, "missing-dir", "pauses.json");
    await expect(filePauseStore(path).save(record("agt_a"))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it("an unreadable file is never read as 'no pauses': load rejects", async () => {
    const path = join(dir, "pauses.json");
    for (const text of ["{not json", '{"records":{}}', '{"records":[{"workspace":"ws_a"}]}']) {
      await writeFile(path, text);
      await expect(filePauseStore(path).load(), text).rejects.toThrow();
    }
  });
});

describe("the responder and its store", () => {
  let server: ContractServer;
  beforeEach(async () => {
    server = await startContractServer();
  });
  afterEach(() => server.close());
  const fire = (agent: string) => payload([alert("firing", target("ws_a", agent), `fp-${agent}`)], "proj_contract");

  it("answers 503 and acts on nothing while its pause records cannot be loaded", async () => {
    const path = join(dir, "pauses.json");
    await writeFile(path, "{torn");
    const { client, calls } = countingClient(server.url, "proj_contract");
    const bot = await serveResponder({ client, pause: true, pauseStore: filePauseStore(path) });
    const response = await bot.post(fire("agt_a"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(calls).toEqual([]);
    await writeFile(path, '{"records":[]}');
    const retried = await serveResponder({ client, pause: true, pauseStore: filePauseStore(path) });
    expect(await retried.kinds(await retried.post(fire("agt_a")))).toEqual(["triaged", "paused"]);
    expect(JSON.parse(await readFile(path, "utf8")).records).toEqual([expect.objectContaining({ workspace: "ws_a", agent: "agt_a", fingerprint: "fp-agt_a" })]);
  });

  it("refuses a pause it could not record (a full store), and pauses nothing", async () => {
    const store = memoryPauseStore({ maxRecords: 1 });
    await store.save(record("agt_z"));
    const bot = await serveResponder({ client: countingClient(server.url, "proj_contract").client, pause: true, pauseStore: store });
    expect(await bot.kinds(await bot.post(fire("agt_a")))).toEqual(["triaged", "pause-refused"]);
    expect(bot.actions.at(-1)!.reason).toMatch(/^the pause could not be recorded: the pause store is full/);
    expect(server.requests.filter((r) => r.endsWith("/pause-exec"))).toEqual([]);
  });
});
