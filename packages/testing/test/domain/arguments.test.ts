// The router's own check of a tool call's arguments (checkArguments, shallow by design): each JSON
// Schema type keyword, refused as 400 invalid_body naming the argument.
import { describe, expect, it } from "vitest";
import { RouterError } from "../../src/domain/router-error";
import { checkArguments } from "../../src/domain/tools";

/** The RouterError a call throws, or undefined when it accepts. */
function refusal(schema: Record<string, unknown>, args: Record<string, unknown>): RouterError | undefined {
  try {
    checkArguments(schema, args);
    return undefined;
  } catch (error) {
    if (error instanceof RouterError) return error;
    throw error;
  }
}

describe("checkArguments: each JSON Schema type keyword", () => {
  // [type, values it accepts, values it refuses]
  const cases: Array<[string, unknown[], unknown[]]> = [
    ["string", ["", "pods"], [7, null]],
    ["number", [0, -1.5], ["1", Number.NaN, Number.POSITIVE_INFINITY]],
    ["integer", [0, 3], [1.5, "3"]],
    ["boolean", [true, false], ["true", 0]],
    ["object", [{}, { a: 1 }], [[], null]],
    ["array", [[], [1]], [{}, "[]"]],
    ["null", [null], [0, "null"]],
  ];
  for (const [type, accepted, refused] of cases) {
    it(`${type}: accepts ${accepted.length} values and refuses ${refused.length} with 400 invalid_body`, () => {
      const schema = { type: "object", properties: { value: { type } } };
      for (const value of accepted) expect(refusal(schema, { value })).toBeUndefined();
      for (const value of refused) {
        expect(refusal(schema, { value })).toMatchObject({ status: 400, code: "invalid_body", param: "arguments.value", message: `arguments.value must be of type ${type}.` });
      }
    });
  }

  it("accepts a value of any of a union's types, and leaves unknown type names to the real router", () => {
    const schema = { properties: { replicas: { type: ["integer", "null"] }, later: { type: "decimal" } } };
    expect(refusal(schema, { replicas: null, later: "1.5" })).toBeUndefined();
    expect(refusal(schema, { replicas: 2 })).toBeUndefined();
    expect(refusal(schema, { replicas: "2" })?.message).toBe("arguments.replicas must be of type integer or null.");
  });
});
