import { describe, expect, it } from "vitest";
import { diffManifestTools, formatManifestDiff, type ToolDescriptor } from "../src/index";

const tool = (name: string, overrides: Partial<ToolDescriptor> = {}): ToolDescriptor => ({
  name,
  description: `${name} tool`,
  risk: "read",
  domain: "kubernetes",
  timeout_ms: 30_000,
  parameters: { type: "object", properties: { node: { type: "string" } }, required: ["node"] },
  ...overrides,
});

describe("diffManifestTools", () => {
  it("reports tools added and removed, sorted by name", () => {
    const diff = diffManifestTools([tool("kubectl_get"), tool("b_old")], [tool("kubectl_get"), tool("z_new"), tool("a_new")]);
    expect(diff.added.map((t) => t.name)).toEqual(["a_new", "z_new"]);
    expect(diff.removed.map((t) => t.name)).toEqual(["b_old"]);
    expect(diff.changed).toEqual([]);
  });

  it("reports a changed risk, timeout or parameter schema with both descriptors", () => {
    const before = [tool("kubectl_label", { risk: "write" }), tool("kubectl_get")];
    const after = [tool("kubectl_label", { risk: "destructive", timeout_ms: 60_000 }), tool("kubectl_get", { parameters: { type: "object" } })];
    const diff = diffManifestTools(before, after);
    expect(diff.changed).toEqual([
      { name: "kubectl_get", fields: ["parameters"], before: before[1], after: after[1] },
      { name: "kubectl_label", fields: ["risk", "timeout_ms"], before: before[0], after: after[0] },
    ]);
  });

  it("ignores key order in parameter schemas and changes of other fields (description, domain)", () => {
    const reordered = tool("kubectl_get", { parameters: { required: ["node"], properties: { node: { type: "string" } }, type: "object" }, description: "new words" });
    expect(diffManifestTools([tool("kubectl_get")], [reordered])).toEqual({ added: [], removed: [], changed: [] });
  });

  it("does not compare a field the server left out on either side (its change is unknown)", () => {
    const { parameters: _dropped, ...bare } = tool("kubectl_get", { risk: "write" });
    const diff = diffManifestTools([tool("kubectl_get")], [bare as ToolDescriptor]);
    expect(diff.changed).toEqual([{ name: "kubectl_get", fields: ["risk"], before: tool("kubectl_get"), after: bare }]);
  });

  it("keeps unknown risk strings and skips entries without a name", () => {
    const odd = [tool("kubectl_get", { risk: "catastrophic" as ToolDescriptor["risk"] }), { risk: "read" } as unknown as ToolDescriptor, null as unknown as ToolDescriptor];
    const diff = diffManifestTools([tool("kubectl_get")], odd);
    expect(diff).toEqual({ added: [], removed: [], changed: [{ name: "kubectl_get", fields: ["risk"], before: tool("kubectl_get"), after: odd[0] }] });
  });
});

describe("formatManifestDiff", () => {
  it("prints one line per added tool, removed tool and changed field", () => {
    const diff = diffManifestTools(
      [tool("kubectl_label", { risk: "write" }), tool("kubectl_rollout_restart")],
      [tool("kubectl_label", { risk: "destructive", parameters: {} }), tool("etcd_snapshot", { risk: "write" })],
    );
    expect(formatManifestDiff(diff)).toEqual([
      "+ etcd_snapshot (write)",
      "- kubectl_rollout_restart",
      "~ kubectl_label: risk write → destructive",
      "~ kubectl_label: parameter schema changed",
    ]);
  });

  it("prints timeouts as numbers and an empty diff as no lines", () => {
    const diff = diffManifestTools([tool("kubectl_get")], [tool("kubectl_get", { timeout_ms: 5_000 })]);
    expect(formatManifestDiff(diff)).toEqual(["~ kubectl_get: timeout_ms 30000 → 5000"]);
    expect(formatManifestDiff(diffManifestTools([], []))).toEqual([]);
  });
});
