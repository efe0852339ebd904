import { describe, expect, it } from "vitest";
import { XerotierConfigError } from "../errors";
import { resolveEndpoint, splitBaseUrl, type EndpointSource } from "./base-url";

describe("splitBaseUrl: which URLs name a project", () => {
  it.each([
    ["http://127.0.0.1:4010/proj_demo", "http://127.0.0.1:4010", "proj_demo"],
    ["http://127.0.0.1:4010/proj_demo/", "http://127.0.0.1:4010", "proj_demo"],
    ["http://127.0.0.1:4010/proj_demo/v1", "http://127.0.0.1:4010", "proj_demo"],
    ["https://api.xerotier.ai/proj_abc123", "https://api.xerotier.ai", "proj_abc123"],
    ["https://api.xerotier.ai/proj_abc123/v1/", "https://api.xerotier.ai", "proj_abc123"],
    ["https://api.xerotier.ai/acme-prod/v1", "https://api.xerotier.ai", "acme-prod"],
    ["https://gw.example.com/xerotier/acme/v1", "https://gw.example.com/xerotier", "acme"],
    ["https://gw.example.com/xerotier/proj_x", "https://gw.example.com/xerotier", "proj_x"],
    ["https://api.xerotier.ai/team%20a/v1", "https://api.xerotier.ai", "team a"],
  ])("%s is origin %s and project %s", (url, baseUrl, project) => {
    expect(splitBaseUrl(url)).toEqual({ baseUrl, project });
  });

  it.each([
    ["http://127.0.0.1:4010", "http://127.0.0.1:4010"],
    ["http://127.0.0.1:4010/", "http://127.0.0.1:4010"],
    ["https://gw.example.com/xerotier", "https://gw.example.com/xerotier"],
    ["https://api.xerotier.ai/v1", "https://api.xerotier.ai"],
  ])("%s names no project: origin %s (a path without /v1 or a proj_ id is a proxy prefix)", (url, baseUrl) => {
    expect(splitBaseUrl(url)).toEqual({ baseUrl });
  });

  it("rejects what is not an absolute http(s) URL, or carries credentials, a query or a fragment, without echoing it", () => {
    for (const bad of ["ftp://x.test", "not a url", "https://user:hunter2@x.test", "https://x.test/?k=v", "https://x.test/#f"]) {
      const split = () => splitBaseUrl(bad, "XEROTIER_BASE_URL");
      expect(split).toThrow(XerotierConfigError);
      expect(split).toThrow(/^Invalid base URL: XEROTIER_BASE_URL must/);
      expect(split).not.toThrow(/hunter2/);
    }
    expect(() => splitBaseUrl("https://x.test/%E0%A4/v1")).toThrow(/percent-encoding/);
  });
});

describe("resolveEndpoint: one project, wherever it is given", () => {
  const options = (baseUrl?: string, project?: string): EndpointSource => ({ baseUrl, project, baseUrlName: "`baseUrl`", projectName: "`project`" });
  const env = (baseUrl?: string, project?: string): EndpointSource => ({ baseUrl, project, baseUrlName: "XEROTIER_BASE_URL", projectName: "XEROTIER_PROJECT" });

  it("takes the project from the base URL when none is given", () => {
    expect(resolveEndpoint([options("http://127.0.0.1:4010/proj_demo"), env()])).toEqual({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo" });
    expect(resolveEndpoint([options(), env("http://127.0.0.1:4010/proj_demo/v1")])).toEqual({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo" });
  });

  it("accepts the same project given twice", () => {
    expect(resolveEndpoint([options("http://127.0.0.1:4010/proj_demo", "proj_demo"), env()])).toEqual({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo" });
  });

  it("refuses a project that disagrees with the base URL's, naming both values and their sources", () => {
    const conflict = (sources: EndpointSource[]) => () => resolveEndpoint(sources);
    expect(conflict([options("http://127.0.0.1:4010/proj_demo", "proj_other"), env()])).toThrow(XerotierConfigError);
    expect(conflict([options("http://127.0.0.1:4010/proj_demo", "proj_other"), env()])).toThrow(
      'Conflicting projects: `baseUrl` names project "proj_demo" but `project` is "proj_other"; give the project once.',
    );
    // The README's old mistake: a hard-coded project against XEROTIER_BASE_URL=…/proj_demo.
    expect(conflict([options(undefined, "proj_abc123"), env("http://127.0.0.1:4010/proj_demo")])).toThrow(
      'Conflicting projects: XEROTIER_BASE_URL names project "proj_demo" but `project` is "proj_abc123"; give the project once.',
    );
    expect(conflict([options(), env("http://127.0.0.1:4010/proj_demo", "proj_x")])).toThrow('XEROTIER_PROJECT is "proj_x"');
  });

  it("lets an explicit project-scoped base URL win over XEROTIER_PROJECT, as any option wins over its variable", () => {
    expect(resolveEndpoint([options("http://127.0.0.1:4010/proj_demo"), env(undefined, "proj_other")])).toEqual({ baseUrl: "http://127.0.0.1:4010", project: "proj_demo" });
  });

  it("ignores the project of a base URL that is not the one in use", () => {
    expect(resolveEndpoint([options("https://gw.example.com", "proj_a"), env("http://127.0.0.1:4010/proj_demo")])).toEqual({ baseUrl: "https://gw.example.com", project: "proj_a" });
  });

  it("defaults to https://api.xerotier.ai and leaves a missing project to the caller", () => {
    expect(resolveEndpoint([options(), env()])).toEqual({ baseUrl: "https://api.xerotier.ai", project: undefined });
  });
});
