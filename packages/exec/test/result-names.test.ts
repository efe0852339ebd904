import { describe, expect, it } from "vitest";
import { isUnsuccessful, toApiNames } from "@xerotier/exec";

describe("toApiNames", () => {
  it("renames a helper result's camelCase keys to the API's snake_case, recursively", () => {
    expect(toApiNames({ exitCode: 0, nested: [{ startedAt: "t" }] })).toEqual({ exit_code: 0, nested: [{ started_at: "t" }] });
  });

  it("keeps API resources and user data inside it exactly as the server sent them", () => {
    const result = toApiNames({ invocation: { exit_code: 0, toolCall: 1 }, arguments: { dryRun: true }, data: { someKey: 1 } });
    expect(result).toEqual({ invocation: { exit_code: 0, toolCall: 1 }, arguments: { dryRun: true }, data: { someKey: 1 } });
  });
});

describe("isUnsuccessful", () => {
  it("is true only for a known final status other than completed", () => {
    const statuses = ["failed", "timeout", "cancelled", "rejected", "completed", "running", "brand_new", undefined];
    expect(statuses.map((status) => isUnsuccessful({ status }))).toEqual([true, true, true, true, false, false, false, false]);
  });
});
