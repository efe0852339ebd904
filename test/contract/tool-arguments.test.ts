/**
 * One contract, two checks of a tool call's arguments: exec's `checkToolArguments` (what
 * `xeroctl exec run` reports before sending) and the reference router's (400 `invalid_body` naming
 * `arguments.<name>`) read each JSON Schema type keyword the same way, value by value.
 */
import { createAgents } from "@xerotier/agents";
import { BadRequestError } from "@xerotier/api";
import { checkToolArguments, createExec } from "@xerotier/exec";
import { createDriftingRouter, DEMO } from "@xerotier/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const server = createDriftingRouter();
afterAll(() => server.router.close());

// [type, values it accepts, values it refuses]
const CASES: ReadonlyArray<[string, unknown[], unknown[]]> = [
  ["string", ["", "pods"], [7, null]],
  ["number", [0, -1.5], ["1", true]],
  ["integer", [0, 3], [1.5, "3"]],
  ["boolean", [true, false], ["true", 0]],
  ["object", [{}, { a: 1 }], [[], null]],
  ["array", [[], [1]], [{}, "[]"]],
  ["null", [null], [0, "null"]],
];

const toolOf = (type: string) => ({
  name: `takes_${type}`,
  description: `Takes one ${type}.`,
  risk: "read" as const,
  domain: "contract",
  timeout_ms: 1_000,
  parameters: { type: "object", properties: { value: { type } }, required: ["value"] },
});

/** Whether the router takes the call: true, or the 400's `param` when it refuses it. */
async function routerTakes(tool: string, value: unknown): Promise<true | string | null | undefined> {
  try {
    await createExec(server.client()).invoke({ workspaceId: DEMO.workspaces.staging, tool, arguments: { value } });
    return true;
  } catch (error) {
    if (error instanceof BadRequestError && error.code === "invalid_body") return error.param;
    throw error;
  }
}

// An agent in the staging workspace publishes one tool per type keyword.
beforeAll(async () => {
  const key = await createAgents(server.client()).createJoinKey({ name: "contract-types", region: "eu-west-1", routerAddr: "tcp://127.0.0.1:5555" });
  server.router.world.enrollAgent({ joinKey: key.key, registrationName: "contract-types", tools: CASES.map(([type]) => toolOf(type)), workspaceIds: [DEMO.workspaces.staging] });
});

describe("tool arguments: exec's check and the router agree on every JSON Schema type keyword", () => {
  for (const [type, accepted, refused] of CASES) {
    it(`${type}: both accept ${accepted.length} values and refuse ${refused.length}`, async () => {
      const tool = toolOf(type);
      for (const value of accepted) {
        expect(checkToolArguments(tool, { value })).toEqual([]);
        expect(await routerTakes(tool.name, value)).toBe(true);
      }
      for (const value of refused) {
        expect(checkToolArguments(tool, { value }).map((p) => [p.argument, p.kind])).toEqual([["value", "type"]]);
        expect(await routerTakes(tool.name, value)).toBe("arguments.value");
      }
    });
  }
});
