/**
 * Issue 22, item 3: the responder never undoes a human. Against a small server written from the
 * contract, a human acts between the bot's pause and the alert's resolution, or the responder
 * restarts in between; the bot resumes only its own pause, while it is still the one in effect.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { filePauseStore, memoryPauseStore, type PauseStore } from "../src/alerts";
import { alert, countingClient, payload, serveResponder, target } from "./alert-support";
import { startContractServer, type ContractServer } from "./contract-agents-server";

const PROJECT = "proj_contract";
const fire = payload([alert("firing", target("ws_a", "agt_a"), "fp-1")], PROJECT);
const resolve = payload([alert("resolved", target("ws_a", "agt_a"), "fp-1")], PROJECT);

describe("the alert responder never undoes a human", () => {
  let server: ContractServer;
  beforeEach(async () => {
    server = await startContractServer();
  });
  afterEach(() => server.close());

  const serve = (pauseStore: PauseStore = memoryPauseStore()) => serveResponder({ client: countingClient(server.url, PROJECT).client, pause: true, pauseStore, maxPausedPerWorkspace: 2 });

  it("resumes its own pause when nothing else changed (the baseline)", async () => {
    const bot = await serve();
    expect(await bot.kinds(await bot.post(fire))).toEqual(["triaged", "paused"]);
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resumed"]);
    expect(server.agent("agt_a")).toMatchObject({ exec_paused: false, paused_workspace_ids: [] });
    expect(bot.responder.pausedByBot().size).toBe(0);
  });

  it("a human pauses the agent everywhere after the bot's workspace pause: the resolution leaves both pauses", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.human.pause("agt_a");
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(bot.actions.at(-1)!.reason).toMatch(/^paused everywhere since the bot's pause/);
    expect(server.agent("agt_a")).toMatchObject({ exec_paused: true, paused_workspace_ids: ["ws_a"] });
    expect(server.requests.filter((r) => r.endsWith("/resume-exec"))).toEqual([]);
    expect(bot.responder.pausedByBot().size).toBe(0); // the pause is the humans' to lift now
  });

  it("a human resumes, then pauses again: the pause in effect is the human's and stays", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.human.resume("agt_a", "ws_a");
    server.human.pause("agt_a", "ws_a");
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(bot.actions.at(-1)!.reason).toBe("paused or resumed by someone else since the bot's pause (exec_paused ws_a, exec_resumed ws_a, exec_paused ws_a): left for a human");
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
    expect(server.requests.filter((r) => r.endsWith("/resume-exec"))).toEqual([]);
  });

  it("a human paused and resumed everywhere in between: still not the bot's pause alone, left alone", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.human.pause("agt_a");
    server.human.resume("agt_a");
    server.human.pause("agt_a", "ws_a");
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
  });

  it("a human already resumed it: nothing to do, and the bot forgets the pause", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.human.resume("agt_a", "ws_a");
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(bot.actions.at(-1)!.reason).toBe("no longer paused in the workspace (resumed by someone else)");
    expect(bot.responder.pausedByBot().size).toBe(0);
  });

  it("a human's change in another workspace is not in the way: the bot resumes its own", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.human.pause("agt_a", "ws_b");
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resumed"]);
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_b"]);
  });

  it("an agent whose pause fields drifted (missing, wrong type) is not resumed on a guess, and the pause stays recorded", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.patchAgent("agt_a", { exec_paused: "no" });
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-failed"]);
    expect(bot.actions.at(-1)!.reason).toMatch(/pause state is unreadable.*the pause stays recorded$/);
    expect(bot.responder.pausedByBot().size).toBe(1);
    server.patchAgent("agt_a", { exec_paused: false });
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resumed"]); // Alertmanager's next notification
  });

  it("when the history since the pause is gone, the bot cannot prove the pause is its own: left for a human", async () => {
    server.human.pause("agt_a", "ws_b"); // some history before the bot's pause: its mark
    server.human.resume("agt_a", "ws_b");
    const bot = await serve();
    await bot.post(fire);
    server.prune("agt_a", 1); // only the bot's own pause is left: the mark is gone
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(bot.actions.at(-1)!.reason).toMatch(/cannot be read whole/);
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
  });

  it("when the bot's own pause is missing from the history (a server that forgot it), nothing is resumed on a guess", async () => {
    const bot = await serve();
    await bot.post(fire);
    server.prune("agt_a", 0);
    expect(await bot.kinds(await bot.post(resolve))).toEqual(["resume-skipped"]);
    expect(bot.actions.at(-1)!.reason).toMatch(/not among the agent's lifecycle events/);
    expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
  });

  describe("a restart between the pause and the resolution", () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), "pause-store-"));
    });
    afterEach(() => rm(dir, { recursive: true, force: true }));

    it("with a file store, the new process resumes the pause the old one made, and leaves no temporary file", async () => {
      const path = join(dir, "pauses.json");
      const before = await serve(filePauseStore(path));
      expect(await before.kinds(await before.post(fire))).toEqual(["triaged", "paused"]);
      const after = await serve(filePauseStore(path)); // a new process: nothing shared but the file
      expect(await after.kinds(await after.post(resolve))).toEqual(["resumed"]);
      expect(server.agent("agt_a").paused_workspace_ids).toEqual([]);
      expect(await readdir(dir)).toEqual(["pauses.json"]);
    });

    it("with a file store, a human's pause made while the bot was down is still told apart", async () => {
      const path = join(dir, "pauses.json");
      await (await serve(filePauseStore(path))).post(fire);
      server.human.pause("agt_a");
      const after = await serve(filePauseStore(path));
      expect(await after.kinds(await after.post(resolve))).toEqual(["resume-skipped"]);
      expect(server.agent("agt_a").exec_paused).toBe(true);
    });

    it("with the memory store, the new process knows nothing and resumes nothing (the safe direction)", async () => {
      await (await serve()).post(fire);
      const after = await serve();
      expect(await after.kinds(await after.post(resolve))).toEqual(["resume-skipped"]);
      expect(after.actions.at(-1)!.reason).toBe("not paused by this bot");
      expect(server.agent("agt_a").paused_workspace_ids).toEqual(["ws_a"]);
    });
  });
});
