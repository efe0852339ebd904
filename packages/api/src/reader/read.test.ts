import { describe, expect, it } from "vitest";
import { openapiExample } from "./__fixtures__/examples";
import { createDriftReporter, type SchemaDriftReport } from "./drift";
import { readAgent, readApproval, readAs, readInvocation, readJoinKey, readWorkspace } from "./read";

const collecting = () => {
  const reports: SchemaDriftReport[] = [];
  return { reports, report: createDriftReporter((r) => reports.push(r)) };
};

describe("resource readers (for GET responses in helper packages)", () => {
  it("take a value exactly as specified as is, reporting nothing", () => {
    const { reports, report } = collecting();
    for (const [read, name] of [
      [readApproval, "Approval"],
      [readInvocation, "Invocation"],
      [readAgent, "Agent"],
      [readJoinKey, "JoinKey"],
      [readWorkspace, "Workspace"],
    ] as const) {
      const value = openapiExample(name);
      const result = read(value, report);
      expect(result.ok && result.value).toBe(value);
    }
    expect(reports).toEqual([]);
  });

  it("need only what a consumer cannot act without: an approval's id and status", () => {
    expect(readApproval({ id: "a1", status: "who_knows" })).toEqual({ ok: true, value: { id: "a1", status: "who_knows" } });
    expect(readApproval({ id: "a1" })).toEqual({ ok: false, issues: "status: expected string, got missing" });
    expect(readApproval({ status: "pending", id: null })).toEqual({ ok: false, issues: "id: expected string, got null" });
    expect(readApproval("a1")).toEqual({ ok: false, issues: "(root): expected object, got string" });
    expect(readWorkspace({ id: "ws_1" }).ok).toBe(true);
  });

  it("keep wrong-typed fields, reporting each once per reporter with the value's id", () => {
    const { reports, report } = collecting();
    const example = openapiExample("Approval");
    const id = example.id as string;
    const approval = { ...example, timeout_seconds: "900", tool_call: { name: 7 } };
    expect(readApproval(approval, report)).toEqual({ ok: true, value: approval });
    readApproval({ ...approval, id: "other" }, report);
    expect(reports).toEqual([
      { schema: "Approval", field: "tool_call.name", expected: "string", received: "integer", id },
      { schema: "Approval", field: "timeout_seconds", expected: "integer", received: "string", id },
    ]);
  });

  it("read lists item by item, reporting drift inside items under `data[]`", () => {
    const { reports, report } = collecting();
    const list = { object: "list", data: [{ id: "a1", status: "pending", risk: 3 }], has_more: false };
    expect(readAs("ApprovalList", list, report)).toEqual({ ok: true, value: list });
    expect(reports.map((r) => r.field)).toEqual(["data[].risk"]);
    expect(readAs("ApprovalList", { object: "list" }).ok).toBe(false);
  });

  it("bound the reporter's memory: past it, the oldest field is forgotten", () => {
    const seen: string[] = [];
    const report = createDriftReporter((r) => seen.push(r.field), 2);
    const issue = (path: string) => [{ path, expected: "string", received: "integer" }];
    for (const path of ["a", "b", "a", "c", "a"]) report("X", issue(path));
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});
