import { describe, expect, it } from "vitest";
import { findCycles, importGraph, LAYERS, layerViolations, packageNames, packageViolations } from "../scripts/check-imports.mjs";

describe("the import graph of every package (scripts/check-imports.mjs)", () => {
  const packages = packageNames();

  it("covers every package of the workspace", () => {
    expect(packages).toEqual(expect.arrayContaining(["api", "agents", "approvals", "exec", "testing", "cli"]));
  });

  describe.each(packages)("@xerotier/%s", (name) => {
    const graph = importGraph(name);

    it("has no module cycle", () => {
      expect(findCycles(graph)).toEqual([]);
    });

    it("imports only the workspace packages below it", () => {
      expect(packageViolations(name, graph)).toEqual([]);
    });

    it("imports only its own layer or a lower one, when it declares layers", () => {
      expect(layerViolations(name, graph)).toEqual([]);
    });
  });

  it("holds the reference router to its layers, core first, with no cycle", () => {
    expect(LAYERS.testing?.[0]?.name).toBe("core");
  });
});

describe("the checks themselves", () => {
  const graph = (edges: Record<string, string[]>) => new Map(Object.entries(edges).map(([file, imports]) => [file, { imports, packages: [] }]));

  it("find a cycle through several files, and none in a tree", () => {
    expect(findCycles(graph({ "a.ts": ["b.ts"], "b.ts": ["c.ts"], "c.ts": ["a.ts"], "d.ts": ["a.ts"] }))).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(findCycles(graph({ "a.ts": ["b.ts", "c.ts"], "b.ts": ["c.ts"], "c.ts": [] }))).toEqual([]);
  });

  it("report an import from a lower layer into a higher one, and a file in no layer", () => {
    const upward = graph({ "domain/world.ts": ["router.ts"], "router.ts": [], "stray.ts": [] });
    expect(layerViolations("testing", upward)).toEqual(["domain/world.ts (core) → router.ts (router)", "stray.ts is in no layer"]);
  });

  it("report a workspace package imported against the architecture", () => {
    const api = new Map([["client.ts", { imports: [], packages: ["testing"] }]]);
    expect(packageViolations("api", api)).toEqual(["client.ts → @xerotier/testing"]);
  });
});
