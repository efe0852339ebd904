/**
 * The control plane's request bodies as JSON Schemas, checked by the same Ajv as the API's: no unknown field, a wrong type is a
 * 400 naming the field, so nothing that would blow up later in a timer gets in. Fault option ranges are the injector's own.
 */
import { RISKS } from "../domain/types";
import { componentSchema, SPEC_ID } from "../spec/validator";

/** Longest simulated run or rate window a control request may ask for: one day. */
export const MAX_CONTROL_RUN_MS = 86_400_000;

const string = { type: "string" };
const named = { type: "string", minLength: 1 };
const boolean = { type: "boolean" };
const integer = (minimum: number, maximum?: number) => ({ type: "integer", minimum, ...(maximum === undefined ? {} : { maximum }) });
const tools = { type: "array", items: { $ref: `${SPEC_ID}#${componentSchema("ToolDescriptor")}` } };
const object = (properties: Record<string, object>, required: string[] = [], extra: object = {}) =>
  ({ type: "object", properties, required, additionalProperties: false, ...extra });

/** `POST /_router/approvals`: what `scenario.requestApproval` takes. */
export const APPROVAL_REQUEST = object(
  { risk: { enum: RISKS }, workspaceId: named, toolName: named, arguments: { type: "object" }, prompt: string, actor: named },
  ["risk", "workspaceId"],
);

/** `POST /_router/enroll`: what `world.enrollAgent` takes. */
export const ENROLL = object(
  { joinKey: string, registrationName: named, name: string, id: string, tools, workspaceIds: { type: "array", items: string } },
  ["joinKey", "registrationName"],
);

/** `POST /_router/agents/{id}/status`. */
export const AGENT_STATUS = object({ status: { enum: ["healthy", "degraded", "offline"] } }, ["status"]);

/** `POST /_router/agents/{id}/restart` (the downtime's range is the domain's). */
export const RESTART = object({ tools, downtimeMs: { type: "number" } });

/** `POST /_router/tools/{name}/behavior` (or `null`, which restores the default). */
export const TOOL_BEHAVIOR = object({
  exitCode: integer(0, 255),
  stdout: string,
  stderr: string,
  runMs: integer(0, MAX_CONTROL_RUN_MS),
  truncated: boolean,
  artifacts: { type: "array", items: object({ name: named, content: string, mediaType: string, encoding: { enum: ["utf-8", "base64"] } }, ["name", "content"]) },
});

/** `POST /_router/rate-limit`: `{ limit, windowMs }` or `{ enabled: false }`. */
export const RATE_LIMIT = object({ enabled: { const: false }, limit: integer(1), windowMs: integer(1, MAX_CONTROL_RUN_MS) }, [], {
  if: { required: ["enabled"] },
  else: { required: ["limit", "windowMs"] },
});

/** `POST /_router/clock/advance`. */
export const CLOCK_ADVANCE = object({ ms: { type: "number", minimum: 0 } }, ["ms"]);

/** `POST /_router/faults`: the in-process options by name; `match.pathPattern` is a RegExp source. */
export const FAULT = object(
  {
    kind: { enum: ["failNext", "failAfterHandling", "latency", "hang", "cutStreamAfterEvents", "cutStreamAtByte", "malformedFrames"] },
    count: { type: "integer" },
    status: { type: "integer" },
    code: string,
    type: string,
    message: string,
    html: boolean,
    retryAfter: { type: "integer" },
    match: object({ method: string, path: string, pathPattern: string }),
    ms: { type: "number" },
    events: { type: "number" },
    offset: { type: "number" },
    times: { type: "integer" },
    graceful: boolean,
    frames: { type: "array", items: string },
  },
  ["kind"],
);
