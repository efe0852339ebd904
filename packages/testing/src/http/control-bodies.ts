/**
 * Checks of control-plane bodies, as strict as API bodies: a wrong type is a 400 naming the
 * field, never a value that blows up later inside a timer.
 */
import type { EnrollAgentInput } from "../domain/agent-control";
import type { ApprovalRequest } from "../domain/scenario";
import { RISKS, type Risk } from "../domain/types";
import type { ArtifactSpec, ToolBehavior } from "../domain/tool-behavior";
import { RouterError } from "../domain/router-error";

/** Longest simulated run a control request may ask for: one day. */
export const MAX_CONTROL_RUN_MS = 86_400_000;

function invalid(param: string, message: string): RouterError {
  return new RouterError(400, "invalid_request", message, { param });
}

function optional<T>(body: Record<string, unknown>, name: string, check: (value: unknown) => value is T, what: string): T | undefined {
  const value = body[name];
  if (value === undefined) return undefined;
  if (!check(value)) throw invalid(name, `${name} must be ${what}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === "string";
const isBoolean = (v: unknown): v is boolean => typeof v === "boolean";
const isExitCode = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255;
const isRunMs = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_CONTROL_RUN_MS;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isObjectArray = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v) && v.every((x) => typeof x === "object" && x !== null && !Array.isArray(x));

function only(body: Record<string, unknown>, allowed: readonly string[]): void {
  const unknown = Object.keys(body).find((key) => !allowed.includes(key));
  if (unknown !== undefined) throw invalid(unknown, `Unknown field '${unknown}'; expected ${allowed.join(", ")}`);
}

/** `POST /_router/tools/{name}/behavior`. */
export function parseToolBehavior(body: Record<string, unknown>): ToolBehavior {
  only(body, ["exitCode", "stdout", "stderr", "runMs", "truncated", "artifacts"]);
  const artifacts = optional(body, "artifacts", isObjectArray, "an array of { name, content, mediaType?, encoding? }");
  const behavior: ToolBehavior = {
    exitCode: optional(body, "exitCode", isExitCode, "an integer from 0 to 255"),
    stdout: optional(body, "stdout", isString, "a string"),
    stderr: optional(body, "stderr", isString, "a string"),
    runMs: optional(body, "runMs", isRunMs, `an integer from 0 to ${MAX_CONTROL_RUN_MS}`),
    truncated: optional(body, "truncated", isBoolean, "a boolean"),
    artifacts: artifacts?.map(parseArtifact),
  };
  return Object.fromEntries(Object.entries(behavior).filter(([, v]) => v !== undefined)) as ToolBehavior;
}

function parseArtifact(raw: Record<string, unknown>): ArtifactSpec {
  const { name, content, mediaType, encoding } = raw;
  if (!isString(name) || name === "") throw invalid("artifacts.name", "each artifact needs a non-empty name");
  if (!isString(content)) throw invalid("artifacts.content", "each artifact needs its content as a string");
  if (mediaType !== undefined && !isString(mediaType)) throw invalid("artifacts.mediaType", "mediaType must be a string");
  if (encoding !== undefined && encoding !== "utf-8" && encoding !== "base64") throw invalid("artifacts.encoding", "encoding must be utf-8 or base64");
  return { name, content, ...(mediaType !== undefined ? { mediaType } : {}), ...(encoding !== undefined ? { encoding } : {}) };
}

/** `POST /_router/enroll`. */
export function parseEnroll(body: Record<string, unknown>): EnrollAgentInput {
  only(body, ["joinKey", "registrationName", "name", "id", "tools", "workspaceIds"]);
  const joinKey = body.joinKey;
  const registrationName = body.registrationName;
  if (!isString(joinKey)) throw invalid("joinKey", "joinKey must be the join key's secret");
  if (!isString(registrationName) || registrationName === "") throw invalid("registrationName", "registrationName must be a non-empty string");
  const tools = optional(body, "tools", isObjectArray, "an array of tool descriptors");
  return {
    joinKey,
    registrationName,
    ...definedOnly({
      name: optional(body, "name", isString, "a string"),
      id: optional(body, "id", isString, "a string"),
      workspaceIds: optional(body, "workspaceIds", isStringArray, "an array of workspace ids"),
      tools: tools as EnrollAgentInput["tools"],
    }),
  };
}

const isRisk = (v: unknown): v is Risk => (RISKS as readonly unknown[]).includes(v);
const isNonEmpty = (v: unknown): v is string => isString(v) && v !== "";
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** `POST /_router/approvals`: what `scenario.requestApproval` takes. */
export function parseApprovalRequest(body: Record<string, unknown>): ApprovalRequest {
  only(body, ["risk", "workspaceId", "toolName", "arguments", "prompt", "actor"]);
  if (!isRisk(body.risk)) throw invalid("risk", `risk must be one of ${RISKS.join(", ")}`);
  if (!isNonEmpty(body.workspaceId)) throw invalid("workspaceId", "workspaceId must be a workspace id");
  return {
    risk: body.risk,
    workspaceId: body.workspaceId,
    ...definedOnly({
      toolName: optional(body, "toolName", isNonEmpty, "a non-empty tool name"),
      arguments: optional(body, "arguments", isObject, "an object"),
      prompt: optional(body, "prompt", isString, "a string"),
      actor: optional(body, "actor", isNonEmpty, "a non-empty audit actor"),
    }),
  };
}

/** `POST /_router/rate-limit`: `{ limit, windowMs }` (positive integers) or `{ enabled: false }`. */
export function parseRateLimit(body: Record<string, unknown>): { limit: number; windowMs: number } | false {
  if (body.enabled === false) return false;
  const { limit, windowMs } = body;
  if (!Number.isInteger(limit) || (limit as number) < 1) throw invalid("limit", "limit must be a positive integer");
  if (!Number.isInteger(windowMs) || (windowMs as number) < 1 || (windowMs as number) > MAX_CONTROL_RUN_MS) {
    throw invalid("windowMs", `windowMs must be an integer from 1 to ${MAX_CONTROL_RUN_MS}`);
  }
  return { limit: limit as number, windowMs: windowMs as number };
}

function definedOnly<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
