import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import stringWidth from "string-width";
import { afterEach, describe, expect, it } from "vitest";
import { humanEventLine } from "../src/commands/approvals";
import { configPath, loadConfig, saveConfig } from "../src/config";
import { resolveConnection } from "../src/connection";
import { closest } from "../src/did-you-mean";
import { UsageError } from "../src/exit";
import { createPrinter, relativeAge, renderTable } from "../src/format";
import { run } from "../src/index";
import { parseArgv, scanPositionals } from "../src/program";
import { COMMANDS } from "../src/registry";
import { looksLikeSecret } from "../src/secrets";
import { ConfigSyntaxError, parseConfig, serializeConfig } from "../src/toml";

describe("config TOML", () => {
  const text = [
    "# comment",
    'current = "local"',
    "",
    "[deployment.local]",
    'base_url = "http://127.0.0.1:4010" # trailing comment',
    'project = "proj_demo"',
    "api_key = 'xero_demo_admin'",
    "",
    '[deployment."prod eu"]',
    'base_url = "https://api.xerotier.ai"',
  ].join("\n");

  it("reads current and the deployment tables, bare and quoted names, both string quotes", () => {
    const config = parseConfig(text);
    expect(config.current).toBe("local");
    expect(config.deployments.local).toEqual({ base_url: "http://127.0.0.1:4010", project: "proj_demo", api_key: "xero_demo_admin" });
    expect(config.deployments["prod eu"]).toEqual({ base_url: "https://api.xerotier.ai" });
  });

  it("round-trips through the writer, quoting names that are not bare keys", () => {
    const config = parseConfig(text);
    const written = serializeConfig(config);
    expect(written).toContain('[deployment."prod eu"]');
    expect(parseConfig(written)).toEqual(config);
  });

  it("escapes quotes and backslashes in values", () => {
    const config = { current: "a", deployments: { a: { api_key: 'x"y\\z' } } };
    expect(parseConfig(serializeConfig(config))).toEqual(config);
  });

  it("reads any valid TOML of our shape: inline tables, dotted keys, literal and multi-line strings", () => {
    expect(parseConfig('deployment = { a = { project = "p" } }\n').deployments).toEqual({ a: { project: "p" } });
    expect(parseConfig('[deployment]\nb.api_key = \'C:\\k\'\n').deployments).toEqual({ b: { api_key: "C:\\k" } });
    expect(parseConfig('current = """\nlocal"""\n').current).toBe("local");
    expect(parseConfig('[deployment."日本"]\nproject = "p"\n').deployments["日本"]).toEqual({ project: "p" });
  });

  it("rejects invalid TOML with the line number, and valid TOML of another shape naming the key", () => {
    expect(() => parseConfig("[deployment.a]\nproject = \"p\"\n[deployment.a]\n")).toThrow(/line 3/);
    expect(() => parseConfig('current = "a"\ncurrent = "b"\n')).toThrow(ConfigSyntaxError);
    expect(() => parseConfig("current = unquoted\n")).toThrow(/line 1/);
    expect(() => parseConfig("[other]\n")).toThrow(/unknown key 'other'/);
    expect(() => parseConfig('[deployment.a]\ncolor = "red"\n')).toThrow(/unknown key 'color' in deployment 'a'/);
    expect(() => parseConfig("[deployment.a]\nproject = 42\n")).toThrow(/'deployment.a.project' must be a string/);
    expect(() => parseConfig("current = 2024-01-01\n")).toThrow(/'current' must be a string/);
  });

  describe("files", () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("lives under $XDG_CONFIG_HOME, else ~/.config", () => {
      expect(configPath({ XDG_CONFIG_HOME: "/x" })).toBe(join("/x", "xeroctl", "config.toml"));
      expect(configPath({ HOME: "/home/op" })).toBe(join("/home/op", ".config", "xeroctl", "config.toml"));
    });

    it("is written with mode 0600, and a missing file reads as empty", async () => {
      dir = await mkdtemp(join(tmpdir(), "xeroctl-"));
      const path = join(dir, "xeroctl", "config.toml");
      expect(await loadConfig(path)).toEqual({ deployments: {} });
      await saveConfig(path, { current: "a", deployments: { a: { base_url: "http://h", project: "p", api_key: "k" } } });
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect(parseConfig(await readFile(path, "utf8")).deployments.a?.api_key).toBe("k");
    });
  });
});

describe("resolveConnection", () => {
  const config = {
    current: "local",
    deployments: {
      local: { base_url: "http://127.0.0.1:4010", project: "proj_demo", api_key: "key_local" },
      prod: { base_url: "https://api.xerotier.ai/acme-prod/v1", api_key: "key_prod" },
    },
  };

  it("takes flags first, then the environment, then the current context", () => {
    expect(resolveConnection({ apiKey: "key_flag" }, { XEROTIER_PROJECT: "proj_env" }, config)).toEqual({
      baseUrl: "http://127.0.0.1:4010",
      project: "proj_env",
      apiKey: "key_flag",
      apiKeySource: "--api-key",
      context: "local",
    });
    expect(resolveConnection({}, { XEROTIER_API_KEY: "key_env" }, config).apiKeySource).toBe("XEROTIER_API_KEY");
    expect(resolveConnection({}, {}, config).apiKeySource).toBe("context 'local'");
  });

  it("an explicit --context wins over the environment", () => {
    const c = resolveConnection({ context: "prod" }, { XEROTIER_API_KEY: "key_env", XEROTIER_BASE_URL: "http://other" }, config);
    expect(c).toEqual({ baseUrl: "https://api.xerotier.ai", project: "acme-prod", apiKey: "key_prod", apiKeySource: "context 'prod'", context: "prod" });
  });

  it("a project-scoped --base-url names the project", () => {
    const c = resolveConnection({ baseUrl: "https://api.xerotier.ai/acme/v1" }, {}, { deployments: {} });
    expect(c).toMatchObject({ baseUrl: "https://api.xerotier.ai", project: "acme" });
  });

  it("takes the project from the router's banner URL (…/proj_demo), as the SDK does", () => {
    const c = resolveConnection({}, { XEROTIER_BASE_URL: "http://127.0.0.1:4010/proj_demo" }, { deployments: {} });
    expect(c).toMatchObject({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo" });
  });

  it("refuses a base URL whose project contradicts the project in use, naming both, and an unknown context", () => {
    expect(() => resolveConnection({ baseUrl: "https://h/acme/v1", project: "other" }, {}, { deployments: {} })).toThrow(
      new UsageError('Conflicting projects: --base-url names project "acme" but --project is "other"; give the project once.'),
    );
    expect(() => resolveConnection({ project: "other" }, { XEROTIER_BASE_URL: "http://127.0.0.1:4010/proj_demo" }, { deployments: {} })).toThrow(
      /XEROTIER_BASE_URL names project "proj_demo" but --project is "other"/,
    );
    expect(() => resolveConnection({ baseUrl: "https://user:s3cret@h" }, {}, { deployments: {} })).toThrow(/^(?!.*s3cret).*--base-url must not contain credentials/);
    expect(() => resolveConnection({ context: "nope" }, {}, config)).toThrow(/unknown context 'nope'/);
  });

  it("defaults the base URL to the public API", () => {
    expect(resolveConnection({}, {}, { deployments: {} }).baseUrl).toBe("https://api.xerotier.ai");
  });
});

describe("argument parsing", () => {
  const words = (argv: string[]) => scanPositionals(argv).map((p) => p.value);
  const runOf = (argv: string[]) => {
    const parsed = parseArgv(argv);
    if (parsed.kind !== "run") throw new Error(`expected a command, got ${parsed.kind}`);
    return parsed;
  };
  const usageError = (argv: string[]) => {
    try {
      parseArgv(argv);
    } catch (error) {
      if (error instanceof UsageError) return error.message;
      throw error;
    }
    throw new Error(`${argv.join(" ")} parsed`);
  };

  it("finds command words past global flags and their values", () => {
    expect(words(["-o", "json", "approvals", "show", "ap_1"])).toEqual(["approvals", "show", "ap_1"]);
    expect(words(["approvals", "list", "--workspace", "ws_1", "--status=pending"])).toEqual(["approvals", "list"]);
    expect(words(["exec", "show", "--", "-odd-id"])).toEqual(["exec", "show", "-odd-id"]);
  });

  it("routes the operator guides' spellings", () => {
    expect(runOf(["agents"]).command.words).toEqual(["agents", "list"]);
    expect(runOf(["agents", "agt_1"])).toMatchObject({ command: { words: ["agents", "show"] }, args: ["agt_1"] });
    expect(runOf(["agents", "show", "agt_1"])).toMatchObject({ command: { words: ["agents", "show"] }, args: ["agt_1"] });
    expect(runOf(["agents", "join-keys", "jk_1"])).toMatchObject({ command: { words: ["agents", "join-keys"] }, args: ["jk_1"] });
    expect(runOf(["-o", "json", "status"])).toMatchObject({ command: { words: ["status"] }, values: { output: "json" } });
    expect(parseArgv(["approvals"])).toMatchObject({ kind: "help", requested: false });
  });

  it("suggests the closest command or flag for a typo", () => {
    expect(usageError(["aprovals", "list"])).toBe("unknown command 'aprovals'; did you mean 'approvals'?");
    expect(usageError(["exec", "shwo", "inv_1"])).toBe("unknown command 'exec shwo'; did you mean 'exec show'?");
    expect(usageError(["agents", "join-key"])).toBe("unknown command 'agents join-key'; did you mean 'agents join-keys'?");
    expect(usageError(["approvals", "list", "--worksapce", "ws"])).toBe("unknown flag '--worksapce'; did you mean --workspace?");
    expect(usageError(["help", "exec", "wacth"])).toBe("unknown command 'exec wacth'; did you mean 'exec watch'?");
    expect(closest("frobnicate", ["agents", "approvals"])).toBeUndefined();
  });

  it("parses a command's flags strictly: unknown flags, missing values and extra positionals are usage errors", () => {
    expect(runOf(["approvals", "show", "ap_1", "-o", "json"])).toMatchObject({ args: ["ap_1"], values: { output: "json" } });
    expect(usageError(["approvals", "show", "ap_1", "--bogus"])).toBe("unknown flag '--bogus'");
    expect(usageError(["approvals", "show"])).toBe("missing <approval-id>");
    expect(usageError(["approvals", "show", "a", "b"])).toBe("unexpected argument 'b'");
    expect(usageError(["approvals", "list", "--workspace"])).toBe("--workspace needs a value");
  });

  it("never quotes a word that looks like an API key", () => {
    const key = "xero_acme_9fKq2LmZ81xQvT0pRw";
    for (const argv of [["agents", "list", key], [key], ["approvals", key], ["agents", "join-keys", "--create", "x", key], ["approvals", "list", `--api-kye=${key}`]]) {
      expect(usageError(argv), argv.join(" ")).not.toContain("9fKq2LmZ81xQvT0pRw");
    }
    expect(looksLikeSecret(key)).toBe(true);
    expect(looksLikeSecret("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5")).toBe(true);
    expect(looksLikeSecret("de3a0000-0000-4000-8000-000000000001")).toBe(false);
    expect(looksLikeSecret("agt_xem_fleet_01")).toBe(false);
  });

  it("quotes a path as typed, unless one of its segments is shaped like an API key", async () => {
    const path = "/tmp/xeroctl-doctor-AbC123xY/busy";
    expect(looksLikeSecret(path)).toBe(false);
    expect(looksLikeSecret("./fixtures/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5")).toBe(false);
    expect(usageError(["approvals", "show", "ap_1", path])).toBe(`unexpected argument '${path}'`);
    const key = "xero_acme_9fKq2LmZ81xQvT0pRw";
    for (const keyPath of [`/home/me/${key}/notes`, `~/keys/${key}`, `./prod.${key}.txt`]) {
      expect(looksLikeSecret(keyPath), keyPath).toBe(true);
      expect(usageError(["approvals", "show", "ap_1", keyPath])).not.toContain("9fKq2LmZ81xQvT0pRw");
    }
    // The last line of defence, over a whole message that quotes what was typed.
    const stderrOf = async (name: string) => {
      let stderr = "";
      expect(await run(["config", "add", name], { stdout: () => undefined, stderr: (text) => void (stderr += text), env: {} })).toBe(2);
      return stderr;
    };
    expect(await stderrOf(path)).toContain(`got '${path}'\n`);
    expect(await stderrOf(`${path}/${key}`)).toContain(`got '${path}/xero_[REDACTED]'\n`);
    expect(await stderrOf("Bearer s3cr3t-t0ken")).not.toContain("s3cr3t-t0ken"); // the SDK's rules apply too
  });

  it("the package README documents every command with its examples", async () => {
    const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");
    for (const command of COMMANDS) {
      expect(readme, command.usage).toContain(`### \`xeroctl ${command.usage}\``);
      for (const example of command.examples) expect(readme).toContain(example);
    }
  });

  it("every command documents at least one example that starts with xeroctl", () => {
    for (const command of COMMANDS) {
      expect(command.examples.length, command.words.join(" ")).toBeGreaterThan(0);
      for (const example of command.examples) expect(example.startsWith("xeroctl ") || example.includes("| xeroctl ")).toBe(true);
    }
  });
});

describe("output", () => {
  it("aligns table columns two spaces apart without trailing spaces", () => {
    expect(renderTable(["id", "status"], [["agt_1", "healthy"], ["agt_long_id", "offline"]])).toEqual([
      "ID           STATUS",
      "agt_1        healthy",
      "agt_long_id  offline",
    ]);
  });

  async function configList(env: Record<string, string>, isTTY: boolean): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), "xeroctl-"));
    try {
      await saveConfig(join(dir, "xeroctl", "config.toml"), { current: "a", deployments: { a: { base_url: "http://h", project: "p", api_key: "k" } } });
      let out = "";
      await run(["config", "list"], { stdout: (s) => (out += s), stderr: () => undefined, env: { XDG_CONFIG_HOME: dir, ...env }, isTTY });
      return out;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it("uses bold headers only on a terminal, and never with NO_COLOR", async () => {
    expect(await configList({}, true)).toContain("\u001b[1m");
    expect(await configList({ NO_COLOR: "1" }, true)).not.toContain("\u001b[");
    expect(await configList({}, false)).not.toContain("\u001b[");
  });

  it("aligns CJK and emoji by display width, not string length", () => {
    const lines = renderTable(["name", "status"], [["東京エッジ", "healthy"], ["edge 🚀", "offline"], ["plain", "ok"]]);
    const statusColumn = lines.map((l) => stringWidth(l.slice(0, l.search(/(healthy|offline|ok|STATUS)$/))));
    expect(new Set(statusColumn).size).toBe(1);
  });

  it("shows times as relative ages", () => {
    const now = Date.parse("2026-01-01T12:00:00Z");
    expect(relativeAge("2026-01-01T11:57:00Z", now)).toBe("3m ago");
    expect(relativeAge("2026-01-01T12:00:02Z", now)).toBe("just now");
    expect(relativeAge("2026-01-01T14:00:00Z", now)).toBe("in 2h");
    expect(relativeAge("2025-12-29T12:00:00Z", now)).toBe("3d ago");
    expect(relativeAge(null, now)).toBe("-");
    expect(relativeAge("not a date", now)).toBe("not a date");
  });

  it("a watched approval event reads as one line: time, type, approval, status, risk, tool, prompt", () => {
    const event = { id: "evt_1", object: "event", type: "exec.approval_requested", created_at: 1767268800, data: { id: "ap_1", status: "pending", risk: "destructive", tool_name: "kubectl_drain", prompt: "Drain\nnode-9" } };
    const plain = humanEventLine(event as never, { status: (s) => s });
    expect(plain).toBe("12:00:00  exec.approval_requested  ap_1  pending  destructive  kubectl_drain  Drain node-9");
  });

  it("colors statuses by meaning only on a terminal without NO_COLOR, and aligns colored cells", () => {
    const io = (isTTY: boolean, env: Record<string, string> = {}) => ({ stdout: () => undefined, stderr: () => undefined, env, isTTY });
    expect(createPrinter(io(true), "table").status("failed")).toBe("\u001b[31mfailed\u001b[39m");
    expect(createPrinter(io(true), "table").status("completed")).toBe("\u001b[32mcompleted\u001b[39m");
    expect(createPrinter(io(true), "table").status("pending")).toBe("\u001b[33mpending\u001b[39m");
    expect(createPrinter(io(true, { NO_COLOR: "1" }), "table").status("failed")).toBe("failed");
    expect(createPrinter(io(false), "table").status("failed")).toBe("failed");
    const red = createPrinter(io(true), "table").status("failed");
    expect(renderTable(["status", "id"], [[red, "a"], ["ok", "b"]]).map((l) => stringWidth(l.replace(/(a|b|ID)$/, "")))).toEqual([8, 8, 8]);
  });
});
