import { describe, expect, it } from "vitest";
import { checkToolArguments, toolParameters } from "@xerotier/exec";

const kubectlLabel = {
  parameters: {
    type: "object",
    properties: {
      resource: { type: "string", description: "pod, node, …" },
      name: { type: "string" },
      labels: { type: "object" },
      replicas: { type: ["integer", "null"] },
      mode: { enum: ["merge", "replace"] },
    },
    required: ["resource", "name", "labels"],
  },
};

describe("checkToolArguments: a call's arguments against the tool's parameter schema", () => {
  it("accepts arguments that match", () => {
    expect(checkToolArguments(kubectlLabel, { resource: "node", name: "node-9", labels: { zone: "a" }, replicas: null, mode: "merge" })).toEqual([]);
  });

  it("reports every problem at once: missing, unknown, wrong type, not in the enum", () => {
    const problems = checkToolArguments(kubectlLabel, { resource: 7, lables: {}, replicas: 1.5, mode: "append" });
    expect(problems.map((p) => [p.argument, p.kind, p.message])).toEqual([
      ["name", "missing", "name is required (string)"],
      ["labels", "missing", "labels is required (object)"],
      ["resource", "type", "resource must be string, got 7"],
      ["lables", "unknown", "lables is not a parameter of this tool"],
      ["replicas", "type", "replicas must be integer or null, got 1.5"],
      ["mode", "enum", 'mode must be one of "merge", "replace", got "append"'],
    ]);
    expect(problems[0]!.schema).toEqual({ type: "string" });
  });

  it("lets additionalProperties allow what properties do not list", () => {
    const open = { parameters: { ...kubectlLabel.parameters, additionalProperties: true } };
    expect(checkToolArguments(open, { resource: "n", name: "x", labels: {}, extra: 1 })).toEqual([]);
    const typed = { parameters: { ...kubectlLabel.parameters, additionalProperties: { type: "string" } } };
    expect(checkToolArguments(typed, { resource: "n", name: "x", labels: {}, extra: "y" })).toEqual([]);
  });

  it("checks nothing it cannot know: no schema, no properties, inherited names", () => {
    expect(checkToolArguments({ parameters: undefined as never }, { anything: 1 })).toEqual([]);
    expect(checkToolArguments({ parameters: { type: "object" } }, { anything: 1 })).toEqual([]);
    expect(checkToolArguments({ parameters: { required: ["toString"] } }, {})).toEqual([
      { argument: "toString", kind: "missing", message: "toString is required" },
    ]);
    expect(checkToolArguments(kubectlLabel, { resource: "n", name: "x", labels: {}, constructor: 1 }).map((p) => p.kind)).toEqual(["unknown"]);
  });
});

describe("toolParameters: what a person needs to call the tool", () => {
  it("lists the required parameters first, with their types, description and enum", () => {
    expect(toolParameters(kubectlLabel)).toEqual([
      { name: "resource", types: ["string"], required: true, description: "pod, node, …" },
      { name: "name", types: ["string"], required: true },
      { name: "labels", types: ["object"], required: true },
      { name: "replicas", types: ["integer", "null"], required: false },
      { name: "mode", types: [], required: false, enum: ["merge", "replace"] },
    ]);
    expect(toolParameters({ parameters: {} })).toEqual([]);
  });
});
