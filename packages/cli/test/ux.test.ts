import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApprovals } from "@xerotier/approvals";
import { createExec } from "@xerotier/exec";
import { DEMO } from "@xerotier/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useRouter } from "@xerotier/testing/vitest";
import { run } from "../src/index";
import { frameIds, startXeroctl, waitFor, xeroctl } from "./support";

const KEY_LIKE = "xero_acme_9fKq2LmZ81xQvT0pRw";

// xeroctl runs in process (`run(argv, io)`) over HTTP to the router; the budget covers a loaded CI machine (not an assertion).
describe("xeroctl as a terminal user meets it", { timeout: 90_000 }, () => {
  const h = useRouter({ rateLimit: false });
  let configHome: string;
  const env = (extra: Record<string, string | undefined> = {}) => ({
    XEROTIER_BASE_URL: h.baseUrl,
    XEROTIER_PROJECT: DEMO.project,
    XEROTIER_API_KEY: "xero_demo_admin",
    XDG_CONFIG_HOME: configHome,
    ...extra,
  });
  const cli = (args: string[], extra?: Record<string, string | undefined>, input?: string) => xeroctl(args, env(extra), input);

  beforeAll(async () => {
    configHome = await mkdtemp(join(tmpdir(), "xeroctl-ux-"));
  });
  afterAll(async () => {
    await rm(configHome, { recursive: true, force: true });
  });
  beforeEach(() => h.router.reset());

  describe("the command line", () => {
    it("--version prints the version and exits 0", async () => {
      const r = await cli(["--version"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^xeroctl \d+\.\d+\.\d+/);
    });

    it("a mistyped command or flag exits 2 with a suggestion in our words", async () => {
      const cases: Array<[string[], string]> = [
        [["aprovals", "list"], "unknown command 'aprovals'; did you mean 'approvals'?"],
        [["exec", "shwo", "inv_1"], "unknown command 'exec shwo'; did you mean 'exec show'?"],
        [["agents", "join-key"], "unknown command 'agents join-key'; did you mean 'agents join-keys'?"],
        [["approvals", "list", "--worksapce", "ws"], "unknown flag '--worksapce'; did you mean --workspace?"],
      ];
      for (const [args, message] of cases) {
        const r = await cli(args);
        expect(r.code, args.join(" ")).toBe(2);
        expect(r.stderr).toContain(`xeroctl: ${message}`);
        expect(r.stderr).not.toMatch(/ambiguous|To specify a positional/);
      }
    });

    it("help <command> prints that command's help and exits 0", async () => {
      const r = await cli(["help", "exec", "watch"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Usage: xeroctl exec watch");
      expect((await cli(["help", "approvals"])).stdout).toContain("Usage: xeroctl approvals <command>");
    });

    it("never echoes an argument that looks like a key in a usage error", async () => {
      for (const args of [["agents", "list", KEY_LIKE], [KEY_LIKE], ["approvals", "show", "ap_1", KEY_LIKE], ["config", "use", KEY_LIKE]]) {
        const r = await cli(args);
        expect(r.code, args.join(" ")).toBe(2);
        expect(r.stderr).not.toContain("9fKq2LmZ81xQvT0pRw");
      }
    });

    it("the bash completion script completes commands, subcommands and flags", async () => {
      // The script as `source <(xeroctl completion bash)` would load it, sourced in a real bash.
      const script = join(configHome, "xeroctl.bash");
      await writeFile(script, (await cli(["completion", "bash"])).stdout);
      const complete = (words: string[]) =>
        new Promise<string>((resolve, reject) => {
          const line = `source '${script}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _xeroctl; echo "\${COMPREPLY[*]}"`;
          execFile("bash", ["--norc", "-c", line], { env: { PATH: process.env.PATH }, timeout: 15_000 }, (error, stdout, stderr) =>
            error ? reject(new Error(stderr)) : resolve(stdout.trim()),
          );
        });
      expect(await complete(["xeroctl", "appr"])).toBe("approvals");
      expect(await complete(["xeroctl", "exec", "w"])).toBe("watch");
      expect((await complete(["xeroctl", "approvals", "list", "--wo"])).split(" ")).toEqual(["--workspace"]);
      expect((await complete(["xeroctl", "approvals", "watch", "--che"])).split(" ")).toEqual(["--checkpoint"]);
      // zsh and fish run in their real shells in the extended suite (test/extended/completion.extended.ts).
      expect((await cli(["completion", "zsh"])).stdout.split("\n")[0]).toBe("#compdef xeroctl");
      expect((await cli(["completion", "fish"])).stdout).toContain("complete -c xeroctl -n __fish_use_subcommand -a agents -d 'XEM agents: ");
      expect((await cli(["completion", "tcsh"])).code).toBe(2);
    }, 60_000);
  });

  describe("keys and connections", () => {
    it("reads the key from stdin, and a 401 names where the key came from", async () => {
      expect((await cli(["agents", "--api-key-stdin"], { XEROTIER_API_KEY: undefined }, "xero_demo_admin\n")).code).toBe(0);
      const fromStdin = await cli(["agents", "--api-key-stdin"], { XEROTIER_API_KEY: undefined }, "xero_demo_wrong\n");
      expect(fromStdin.code).toBe(1);
      expect(fromStdin.stderr).toContain("The API key came from --api-key-stdin.");
      expect((await cli(["agents"], { XEROTIER_API_KEY: "xero_demo_wrong" })).stderr).toContain("The API key came from XEROTIER_API_KEY.");
      expect((await cli(["agents", "--api-key", "xero_demo_wrong"])).stderr).toContain("The API key came from --api-key.");
      expect((await cli(["agents", "--api-key-stdin"], {}, "")).code).toBe(2);
    });

    it("a connection error names the URL tried and what to check, and labels no client id as the server's", async () => {
      const r = await cli(["agents"], { XEROTIER_BASE_URL: "http://127.0.0.1:9" });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Could not reach http://127.0.0.1:9");
      expect(r.stderr).toContain("--base-url");
      expect(r.stderr).not.toContain("Request ID");
      const j = JSON.parse((await cli(["agents", "-o", "json"], { XEROTIER_BASE_URL: "http://127.0.0.1:9" })).stderr);
      expect(j.error).toMatchObject({ request_id: null, base_url: "http://127.0.0.1:9" });
    });
  });

  describe("config", () => {
    const bare = (home: string) => ({ XEROTIER_BASE_URL: undefined, XEROTIER_PROJECT: undefined, XEROTIER_API_KEY: undefined, XDG_CONFIG_HOME: home });

    it("adds a context with the key from stdin, shows the current one without the key, and removes it", async () => {
      const home = await mkdtemp(join(tmpdir(), "xeroctl-cfg-"));
      try {
        const add = await cli(["config", "add", "local", "--base-url", `${h.baseUrl}/${DEMO.project}/v1`, "--api-key-stdin"], bare(home), "xero_demo_admin\n");
        expect(add.code).toBe(0);
        const current = JSON.parse((await cli(["config", "current", "-o", "json"], bare(home))).stdout);
        expect(current).toEqual({ context: "local", base_url: h.baseUrl, project: DEMO.project, api_key: "set", api_key_source: "context 'local'" });
        expect((await cli(["config", "current"], bare(home))).stdout).not.toContain("xero_demo_admin");
        expect((await cli(["agents"], bare(home))).code).toBe(0);
        expect((await cli(["config", "remove", "local"], bare(home))).code).toBe(0);
        expect(await readFile(join(home, "xeroctl", "config.toml"), "utf8")).not.toContain("xero_demo_admin");
        expect((await cli(["config", "remove", "local"], bare(home))).code).toBe(2);
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    });

    it("reads inline tables and rejects a duplicate table with its line", async () => {
      const home = await mkdtemp(join(tmpdir(), "xeroctl-cfg-"));
      try {
        await mkdir(join(home, "xeroctl"));
        const path = join(home, "xeroctl", "config.toml");
        await writeFile(path, `current = 'l'\ndeployment = { l = { base_url = "${h.baseUrl}", project = "${DEMO.project}", api_key = "xero_demo_admin" } }\n`);
        expect((await cli(["agents"], bare(home))).code).toBe(0);
        await writeFile(path, `[deployment.l]\nproject = "p"\n[deployment.l]\napi_key = "k"\n`);
        const dup = await cli(["agents"], bare(home));
        expect(dup.code).toBe(2);
        expect(dup.stderr).toMatch(/config\.toml: line 3: .*redefine/);
      } finally {
        await rm(home, { recursive: true, force: true });
      }
    });
  });

  describe("Ctrl-C", () => {
    it("exits 130 during a request the server never answers, printing nothing after it", async () => {
      const requests: IncomingMessage[] = [];
      const hung: Server = createServer((req) => void requests.push(req));
      await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
      const port = (hung.address() as { port: number }).port;
      const run = startXeroctl(["exec", "show", "inv_1"], env({ XEROTIER_BASE_URL: `http://127.0.0.1:${port}` }));
      try {
        await waitFor(() => requests.length > 0, 10_000, "the request to arrive");
        const sent = Date.now();
        run.interrupt();
        expect(await run.exited).toBe(130);
        expect(Date.now() - sent).toBeLessThan(5_000); // generous: the hung request would never end
      } finally {
        run.interrupt();
        hung.closeAllConnections();
        await new Promise((resolve) => hung.close(resolve));
      }
      expect(run.output.stdout).toBe("");
      expect(run.output.stderr).toBe("");
    });

    it("says it is waiting out a 429 and exits 130 during the backoff", async () => {
      h.router.faults.failNext(1, { status: 429, retryAfter: 30 });
      const run = startXeroctl(["agents"], env());
      try {
        await waitFor(() => run.output.stderr.includes("rate limited: retrying in 30s"), 10_000, "the progress line");
        const sent = Date.now();
        run.interrupt();
        expect(await run.exited).toBe(130);
        expect(Date.now() - sent).toBeLessThan(10_000); // far below the 30 s backoff
      } finally {
        run.interrupt();
      }
      expect(run.output.stdout).toBe("");
      expect(run.output.stderr).toBe("rate limited: retrying in 30s\n");
    });
  });

  describe("exec watch", () => {
    it("prints each transition as it happens, and --exit-status exits 3 when the invocation does not complete", async () => {
      const watch = startXeroctl(["exec", "watch", DEMO.invocations.pendingIrreversible, "--exit-status"], env());
      try {
        // Printed while the invocation still waits for its approval, before anything decides it.
        await waitFor(() => watch.output.stdout.includes(`approval ${DEMO.approvals.pendingIrreversible} requested`), 10_000, "the first entries");
        expect(watch.output.stdout).not.toContain("Final status");
        await createApprovals(h.client()).reject(DEMO.approvals.pendingIrreversible, { note: "not today" });
        expect(await watch.exited).toBe(3);
      } finally {
        watch.interrupt();
      }
      expect(watch.output.stdout).toContain(`approval ${DEMO.approvals.pendingIrreversible} rejected`);
      expect(watch.output.stdout.trimEnd().split("\n").at(-1)).toBe("Final status: rejected");
    });

    it("--exit-status exits 3 for a failed invocation and 0 for a completed one", async () => {
      const failed = await cli(["exec", "watch", DEMO.invocations.failed, "--exit-status"]);
      expect(failed.code).toBe(3);
      expect(failed.stdout).toContain("Final status: failed");
      expect((await cli(["exec", "watch", DEMO.invocations.completed, "--exit-status"])).code).toBe(0);
      expect((await cli(["exec", "watch", DEMO.invocations.failed])).code).toBe(0);
    });
  });

  describe("approvals watch", () => {
    const requestApproval = () => createExec(h.client()).invoke({ workspaceId: DEMO.workspaces.prod, tool: DEMO.tools.destructive, arguments: { node: "node-1" } });
    const savedId = async (path: string) => {
      try {
        return (JSON.parse(await readFile(path, "utf8")) as { lastEventId?: string }).lastEventId;
      } catch {
        return undefined;
      }
    };

    it("--checkpoint resumes after a restart: every event printed once, none lost", async () => {
      const dir = await mkdtemp(join(tmpdir(), "xeroctl-ckpt-"));
      const checkpoint = join(dir, "approvals.json");
      const args = ["approvals", "watch", "--workspace", DEMO.workspaces.prod, "--checkpoint", checkpoint];
      try {
        const first = startXeroctl(args, env());
        try {
          await waitFor(async () => {
            if (frameIds(first.output.stdout).length > 0) return true;
            await requestApproval();
            await new Promise((r) => setTimeout(r, 100));
            return false;
          }, 10_000, "the first frame");
          const printed = frameIds(first.output.stdout);
          await waitFor(async () => (await savedId(checkpoint)) === printed.at(-1), 10_000, "the checkpoint");
          first.interrupt();
          expect(await first.exited).toBe(130);
        } finally {
          first.interrupt();
        }
        const before = frameIds(first.output.stdout);
        // Created while no watcher runs: the restart must deliver them.
        const missed = [await requestApproval(), await requestApproval()];
        const second = startXeroctl(args, env());
        try {
          await waitFor(() => frameIds(second.output.stdout).length >= missed.length, 10_000, "the missed events");
          second.interrupt();
          expect(await second.exited).toBe(130);
        } finally {
          second.interrupt();
        }
        const after = frameIds(second.output.stdout);
        expect(after.filter((id) => before.includes(id))).toEqual([]);
        const invocations = [...second.output.stdout.matchAll(/"invocation_id":"([^"]+)"/g)].map((m) => m[1]);
        for (const inv of missed) expect(invocations).toContain(inv.id);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it("-o sse prints frames, --resume-from starts after the given event", async () => {
      const first = startXeroctl(["approvals", "watch", "--workspace", DEMO.workspaces.prod, "-o", "sse"], env());
      let ids: string[] = [];
      try {
        await waitFor(async () => {
          if (frameIds(first.output.stdout).length > 0) return true;
          await requestApproval();
          await new Promise((r) => setTimeout(r, 100));
          return false;
        }, 10_000, "the first frame");
        const later = await requestApproval();
        await waitFor(() => first.output.stdout.includes(later.id), 10_000, "the later event");
        ids = frameIds(first.output.stdout);
      } finally {
        first.interrupt();
      }
      const resumed = startXeroctl(["approvals", "watch", "--workspace", DEMO.workspaces.prod, "--resume-from", ids[0]!, "-o", "json"], env());
      try {
        await waitFor(() => resumed.output.stdout.includes("\n"), 10_000, "the replayed event");
      } finally {
        resumed.interrupt();
      }
      const replayed = resumed.output.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id);
      expect(replayed).not.toContain(ids[0]);
      expect(replayed[0]).toBe(ids[1]);
    });
  });

  describe("api", () => {
    it("calls any operation through the client: query fields on GET, body fields on POST, typed errors", async () => {
      const pending = await cli(["api", "GET", "/v1/exec/approvals", "-f", `workspace_id=${DEMO.workspaces.prod}`, "-f", "status=pending"]);
      expect(pending.code).toBe(0);
      const page = JSON.parse(pending.stdout) as { data: Array<{ status: string }> };
      expect(page.data.length).toBeGreaterThan(0);
      expect(page.data.every((a) => a.status === "pending")).toBe(true);
      const approved = await cli(["api", "post", `v1/exec/approvals/${DEMO.approvals.pendingDestructive}/approve`, "-f", "note=CHG-1043"]);
      expect(approved.code).toBe(0);
      expect(JSON.parse(approved.stdout)).toMatchObject({ id: DEMO.approvals.pendingDestructive, status: "approved", note: "CHG-1043" });
      const missing = await cli(["api", "GET", "/v1/exec/invocations/inv_nope"]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/not_found \(HTTP 404\)[\s\S]*Request ID: req_/);
      expect((await cli(["api", "FETCH", "/v1/exec/tools"])).code).toBe(2);
      expect((await cli(["api", "GET", "https://example.com/v1/exec/tools"])).code).toBe(2);
    });

    it("--input sends a JSON document from a file", async () => {
      const dir = await mkdtemp(join(tmpdir(), "xeroctl-api-"));
      try {
        const file = join(dir, "reject.json");
        await writeFile(file, JSON.stringify({ note: "from a file" }));
        const r = await cli(["api", "POST", `/v1/exec/approvals/${DEMO.approvals.pendingIrreversible}/reject`, "--input", file]);
        expect(r.code).toBe(0);
        expect(JSON.parse(r.stdout)).toMatchObject({ status: "rejected", note: "from a file" });
        await writeFile(file, "not json");
        expect((await cli(["api", "POST", "/v1/exec/invocations", "--input", file])).code).toBe(2);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe("agents join-keys --create --wait", () => {
    it("prints the key at once, then waits for the agent that enrols with it", async () => {
      const run = startXeroctl(["agents", "join-keys", "--create", "--name", "edge-x", "--region", "us-east-1", "--router-addr", "tcp://127.0.0.1:5555", "--wait", "--max-wait", "30"], env());
      try {
        await waitFor(() => run.output.stdout.includes("\n"), 10_000, "the key");
        const secret = run.output.stdout.trim();
        const agent = h.router.world.enrollAgent({ joinKey: secret, registrationName: "edge-x-host" });
        expect(await run.exited).toBe(0);
        expect(run.output.stderr).toContain(`Agent ${agent.id} (edge-x-host) enrolled with join key`);
      } finally {
        run.interrupt();
      }
    });
  });

  describe("at a terminal (run() in process, as a TTY)", () => {
    const tty = (signal: AbortSignal, out: { stdout: string; stderr: string }) => ({
      stdout: (text: string) => void (out.stdout += text),
      stderr: (text: string) => void (out.stderr += text),
      env: env(),
      isTTY: true,
      stderrIsTTY: true,
      signal,
    });

    it("approvals watch prints one readable line per event, not SSE frames", async () => {
      const controller = new AbortController();
      const out = { stdout: "", stderr: "" };
      const running = run(["approvals", "watch", "--workspace", DEMO.workspaces.prod], tty(controller.signal, out));
      try {
        await waitFor(async () => {
          if (out.stdout.includes("\n")) return true;
          await createExec(h.client()).invoke({ workspaceId: DEMO.workspaces.prod, tool: DEMO.tools.destructive, arguments: { node: "node-3" } });
          await new Promise((r) => setTimeout(r, 100));
          return false;
        }, 10_000, "the first line");
      } finally {
        controller.abort();
      }
      expect(await running).toBe(130);
      expect(out.stdout).not.toContain("data:");
      const lines = out.stdout.trimEnd().split("\n");
      for (const line of lines) expect(line).toMatch(/^\d\d:\d\d:\d\d {2}exec\.approval_requested {2}[\w-]+ {2}/);
      // What is pending comes first (the demo's drain among it), read as a person reads it.
      expect(lines.find((line) => line.includes(DEMO.approvals.pendingDestructive))).toContain("  \u001b[33mpending\u001b[39m  destructive  kubectl_drain");
    });

    it("shows a spinner on stderr while a 429 backoff runs, and clears nothing after Ctrl-C", async () => {
      h.router.faults.failNext(1, { status: 429, retryAfter: 30 });
      const controller = new AbortController();
      const out = { stdout: "", stderr: "" };
      const running = run(["agents"], tty(controller.signal, out));
      await waitFor(() => out.stderr.includes("rate limited: retrying in 30s"), 10_000, "the spinner");
      controller.abort();
      expect(await running).toBe(130);
      expect(out.stderr.startsWith("\r\u001b[K")).toBe(true);
      expect(out.stderr).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] rate limited: retrying in 30s/);
      expect(out.stdout).toBe("");
    });
  });
});
