import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { XerotierConfigError } from "../errors";
import { VERSION } from "../version";
import { readEnv, resolveClientOptions } from "./options";

const KEY = "xero_acme_0123456789abcdef";

beforeEach(() => {
  // Start every test from a clean environment, whatever the developer's shell exports.
  vi.stubEnv("XEROTIER_API_KEY", undefined);
  vi.stubEnv("XEROTIER_PROJECT", undefined);
  vi.stubEnv("XEROTIER_BASE_URL", undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

function configError(fn: () => unknown): XerotierConfigError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(XerotierConfigError);
    return error as XerotierConfigError;
  }
  throw new Error("expected a XerotierConfigError");
}

describe("required options and their environment fallbacks", () => {
  it("names the option and the variable when the API key is missing", () => {
    expect(configError(() => resolveClientOptions({ project: "proj_1" })).message).toBe(
      "Missing API key: pass `apiKey` to createXerotierClient or set XEROTIER_API_KEY.",
    );
  });

  it("names the option and the variable when the project is missing", () => {
    expect(configError(() => resolveClientOptions({ apiKey: KEY })).message).toBe(
      "Missing project: pass `project` to createXerotierClient, set XEROTIER_PROJECT, or use a project-scoped base URL (https://api.xerotier.ai/proj_abc123).",
    );
  });

  it("treats blank values as missing", () => {
    vi.stubEnv("XEROTIER_API_KEY", "   ");
    expect(() => resolveClientOptions({ apiKey: "", project: "proj_1" })).toThrow(/Missing API key/);
  });

  it("falls back to XEROTIER_API_KEY, XEROTIER_PROJECT and XEROTIER_BASE_URL", () => {
    vi.stubEnv("XEROTIER_API_KEY", KEY);
    vi.stubEnv("XEROTIER_PROJECT", "proj_env");
    vi.stubEnv("XEROTIER_BASE_URL", "http://127.0.0.1:8080/");
    expect(resolveClientOptions()).toMatchObject({
      apiKey: KEY,
      project: "proj_env",
      baseUrl: "http://127.0.0.1:8080",
      projectUrl: "http://127.0.0.1:8080/proj_env",
    });
  });

  it("prefers explicit options over the environment", () => {
    vi.stubEnv("XEROTIER_API_KEY", "xero_env_key_000000");
    vi.stubEnv("XEROTIER_PROJECT", "proj_env");
    vi.stubEnv("XEROTIER_BASE_URL", "https://env.example");
    expect(resolveClientOptions({ apiKey: KEY, project: "proj_opt", baseUrl: "https://opt.example" })).toMatchObject({
      apiKey: KEY,
      project: "proj_opt",
      projectUrl: "https://opt.example/proj_opt",
    });
  });

  it("reads Deno.env when there is no process.env entry, and survives a throwing env", () => {
    vi.stubGlobal("Deno", { env: { get: (name: string) => (name === "XEROTIER_PROJECT" ? "proj_deno" : undefined) } });
    expect(readEnv("XEROTIER_PROJECT")).toBe("proj_deno");
    vi.stubGlobal("Deno", {
      env: {
        get: () => {
          throw new Error("PermissionDenied: requires env access");
        },
      },
    });
    expect(readEnv("XEROTIER_PROJECT")).toBeUndefined();
  });
});

describe("defaults", () => {
  it("targets https://api.xerotier.ai/<project> with retries 2, timeout 60 s, max Retry-After 60 s, no deadline", () => {
    expect(resolveClientOptions({ apiKey: KEY, project: "proj_1" })).toMatchObject({
      baseUrl: "https://api.xerotier.ai",
      projectUrl: "https://api.xerotier.ai/proj_1",
      maxRetries: 2,
      timeoutMs: 60_000,
      maxRetryAfterMs: 60_000,
      deadlineMs: undefined,
      userAgent: `xerotier-sdk-typescript/${VERSION}`,
    });
  });

  it("encodes the project as one path segment and appends userAgent to the SDK's own", () => {
    const resolved = resolveClientOptions({ apiKey: KEY, project: "team a/b", userAgent: "my-bot/1.2" });
    expect(resolved.projectUrl).toBe("https://api.xerotier.ai/team%20a%2Fb");
    expect(resolved.userAgent).toBe(`xerotier-sdk-typescript/${VERSION} my-bot/1.2`);
  });
});

describe("validation", () => {
  it.each([
    [{ maxRetries: -1 }, "`maxRetries`"],
    [{ maxRetries: 1.5 }, "`maxRetries`"],
    [{ timeoutMs: 0 }, "`timeoutMs`"],
    [{ timeoutMs: Number.NaN }, "`timeoutMs`"],
    [{ deadlineMs: -5 }, "`deadlineMs`"],
    [{ maxRetryAfterMs: -1 }, "`maxRetryAfterMs`"],
    [{ baseUrl: "ftp://example.com" }, "`baseUrl`"],
    [{ baseUrl: "not a url" }, "`baseUrl`"],
    [{ baseUrl: "https://user:pw@example.com" }, "`baseUrl`"],
    [{ project: ".." }, "`project`"],
    [{ headers: { "bad header": "x" } }, "`headers`"],
  ])("rejects %o with a message naming %s", (override, name) => {
    expect(configError(() => resolveClientOptions({ apiKey: KEY, project: "proj_1", ...override })).message).toContain(name);
  });

  it("rejects an API key that is not a valid header value without echoing it", () => {
    const bad = `${KEY}\nX-Injected: 1`;
    const error = configError(() => resolveClientOptions({ apiKey: bad, project: "proj_1" }));
    expect(error.message).toContain("`apiKey`");
    expect(error.message).not.toContain(KEY);
  });

  it("does not echo a base URL that may carry credentials", () => {
    const error = configError(() => resolveClientOptions({ apiKey: KEY, project: "p", baseUrl: "https://user:hunter2@x.test" }));
    expect(error.message).not.toContain("hunter2");
  });
});

describe("createXerotierClient's options with a project-scoped base URL", () => {
  it("sends /v1 paths under the URL's project, never doubling it", () => {
    expect(resolveClientOptions({ apiKey: KEY, baseUrl: "http://127.0.0.1:4010/proj_demo" })).toMatchObject({
      baseUrl: "http://127.0.0.1:4010",
      project: "proj_demo",
      projectUrl: "http://127.0.0.1:4010/proj_demo",
    });
    expect(resolveClientOptions({ apiKey: KEY, project: "proj_demo", baseUrl: "http://127.0.0.1:4010/proj_demo/v1" }).projectUrl).toBe("http://127.0.0.1:4010/proj_demo");
  });

  it("reads the project from XEROTIER_BASE_URL alone", () => {
    vi.stubEnv("XEROTIER_BASE_URL", "https://api.xerotier.ai/proj_abc123/v1");
    expect(resolveClientOptions({ apiKey: KEY }).projectUrl).toBe("https://api.xerotier.ai/proj_abc123");
  });

  it("is a XerotierConfigError naming both when the project disagrees", () => {
    vi.stubEnv("XEROTIER_BASE_URL", "http://127.0.0.1:4010/proj_demo");
    const error = configError(() => resolveClientOptions({ apiKey: KEY, project: "proj_abc123" }));
    expect(error.message).toContain('"proj_demo"');
    expect(error.message).toContain('"proj_abc123"');
  });
});
