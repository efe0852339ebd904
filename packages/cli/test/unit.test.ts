import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  COMMANDS,
  ConfigSyntaxError,
  configPath,
  loadConfig,
  parseCommandLine,
  parseConfig,
  renderTable,
  resolveConnection,
  route,
  run,
  saveConfig,
  scanPositionals,
  serializeConfig,
  splitBaseUrl,
  UsageError,
} from "../src/index";

describe("splitBaseUrl", () => {
  it("splits the documented project-scoped form into origin and project", () => {
    expect(splitBaseUrl("https://api.xerotier.ai/acme-prod/v1")).toEqual({ baseUrl: "https://api.xerotier.ai", project: "acme-prod" });
    expect(splitBaseUrl("https://api.xerotier.ai/acme-prod/v1/")).toEqual({ baseUrl: "https://api.xerotier.ai", project: "acme-prod" });
  });

  it("keeps a plain origin whole, without a project", () => {
    expect(splitBaseUrl("http://127.0.0.1:4010")).toEqual({ baseUrl: "http://127.0.0.1:4010" });
    expect(splitBaseUrl("http://127.0.0.1:4010/")).toEqual({ baseUrl: "http://127.0.0.1:4010" });
  });

  it("keeps a proxy path prefix in front of the project", () => {
    expect(splitBaseUrl("https://gw.example.com/xerotier/acme/v1")).toEqual({ baseUrl: "https://gw.example.com/xerotier", project: "acme" });
  });

  it("rejects non-http URLs and URLs with credentials without echoing them", () => {
    expect(() => splitBaseUrl("ftp://x")).toThrow(UsageError);
    expect(() => splitBaseUrl("not a url")).toThrow(UsageError);
    const error = (() => {
      try {
        splitBaseUrl("https://user:s3cret@api.xerotier.ai");
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.message).not.toContain("s3cret");
  });
});

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

  it("rejects what it does not understand, with the line number", () => {
    expect(() => parseConfig("[other]\n")).toThrow(ConfigSyntaxError);
    expect(() => parseConfig("[deployment.a]\ncolor = \"red\"\n")).toThrow(/line 2/);
    expect(() => parseConfig("current = unquoted\n")).toThrow(/line 1/);
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
      context: "local",
    });
  });

  it("an explicit --context wins over the environment", () => {
    const c = resolveConnection({ context: "prod" }, { XEROTIER_API_KEY: "key_env", XEROTIER_BASE_URL: "http://other" }, config);
    expect(c).toEqual({ baseUrl: "https://api.xerotier.ai", project: "acme-prod", apiKey: "key_prod", context: "prod" });
  });

  it("a project-scoped --base-url names the project", () => {
    const c = resolveConnection({ baseUrl: "https://api.xerotier.ai/acme/v1" }, {}, { deployments: {} });
    expect(c).toMatchObject({ baseUrl: "https://api.xerotier.ai", project: "acme" });
  });

  it("refuses a --base-url whose project contradicts --project, and an unknown context", () => {
    expect(() => resolveConnection({ baseUrl: "https://h/acme/v1", project: "other" }, {}, { deployments: {} })).toThrow(UsageError);
    expect(() => resolveConnection({ context: "nope" }, {}, config)).toThrow(/unknown context 'nope'/);
  });

  it("defaults the base URL to the public API", () => {
    expect(resolveConnection({}, {}, { deployments: {} }).baseUrl).toBe("https://api.xerotier.ai");
  });
});

describe("argument parsing", () => {
  it("finds command words past global flags and their values", () => {
    expect(scanPositionals(["-o", "json", "approvals", "show", "ap_1"])).toEqual(["approvals", "show", "ap_1"]);
    expect(scanPositionals(["approvals", "list", "--workspace", "ws_1", "--status=pending"])).toEqual(["approvals", "list"]);
    expect(scanPositionals(["exec", "show", "--", "-odd-id"])).toEqual(["exec", "show", "-odd-id"]);
  });

  it("routes the operator guides' spellings", () => {
    expect(route(["agents"])?.command.words).toEqual(["agents", "list"]);
    expect(route(["agents", "agt_1"])).toMatchObject({ command: { words: ["agents", "show"] }, consumed: 1 });
    expect(route(["agents", "show", "agt_1"])).toMatchObject({ command: { words: ["agents", "show"] }, consumed: 2 });
    expect(route(["agents", "join-keys", "jk_1"])).toMatchObject({ command: { words: ["agents", "join-keys"] }, consumed: 2 });
    expect(route(["approvals"])).toBeUndefined();
    expect(() => route(["bogus"])).toThrow(UsageError);
    expect(() => route(["approvals", "bogus"])).toThrow(/unknown command 'approvals bogus'/);
  });

  it("parses a command's flags strictly: unknown flags, missing values and extra positionals are usage errors", () => {
    const r = route(["approvals", "show", "ap_1"])!;
    expect(parseCommandLine(["approvals", "show", "ap_1", "-o", "json"], r.command, r.consumed)).toMatchObject({ args: ["ap_1"], format: "json" });
    expect(() => parseCommandLine(["approvals", "show", "ap_1", "--bogus"], r.command, r.consumed)).toThrow(UsageError);
    expect(() => parseCommandLine(["approvals", "show"], r.command, r.consumed)).toThrow(/missing <approval-id>/);
    expect(() => parseCommandLine(["approvals", "show", "a", "b"], r.command, r.consumed)).toThrow(/unexpected argument 'b'/);
    expect(() => parseCommandLine(["approvals", "show", "a", "-o", "yaml"], r.command, r.consumed)).toThrow(/-o must be table or json/);
  });

  it("every command documents at least one example that starts with xeroctl", () => {
    for (const command of COMMANDS) {
      expect(command.examples.length, command.words.join(" ")).toBeGreaterThan(0);
      for (const example of command.examples) expect(example.startsWith("xeroctl ")).toBe(true);
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
});
