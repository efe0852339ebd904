/**
 * Hand-written checks of every request body in the spec, in one place. Each returns the typed
 * input or throws 400 `invalid_body` naming the field (message and `param`).
 */
import { RouterError } from "./router-error";
import type { AgentUpdateInput } from "./agents";
import type { ApprovalDecisionInput } from "./approvals";
import type { InvocationCreateInput } from "./invocations";
import type { JoinKeyCreateInput } from "./join-keys";

type Rule =
  | { type: "string"; required?: boolean; nullable?: boolean; minLength?: number; maxLength?: number; pattern?: RegExp; enum?: readonly string[] }
  | { type: "integer"; required?: boolean; minimum: number; maximum: number }
  | { type: "object"; required?: boolean };

function invalid(param: string | null, message: string): RouterError {
  return new RouterError(400, "invalid_body", message, { param });
}

function checkField(name: string, value: unknown, rule: Rule): void {
  if (rule.type === "string") {
    if (value === null && rule.nullable) return;
    if (typeof value !== "string") throw invalid(name, `'${name}' must be a string${rule.nullable ? " or null" : ""}.`);
    const length = [...value].length; // JSON Schema counts code points, not UTF-16 units
    if (rule.minLength !== undefined && length < rule.minLength) throw invalid(name, `'${name}' must be at least ${rule.minLength} characters.`);
    if (rule.maxLength !== undefined && length > rule.maxLength) throw invalid(name, `'${name}' must be at most ${rule.maxLength} characters.`);
    if (rule.pattern && !rule.pattern.test(value)) throw invalid(name, `'${name}' must match ${rule.pattern.source}.`);
    if (rule.enum && !rule.enum.includes(value)) throw invalid(name, `'${name}' must be one of ${rule.enum.join(", ")}.`);
  } else if (rule.type === "integer") {
    if (!Number.isInteger(value) || (value as number) < rule.minimum || (value as number) > rule.maximum) {
      throw invalid(name, `'${name}' must be an integer from ${rule.minimum} to ${rule.maximum}.`);
    }
  } else if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalid(name, `'${name}' must be an object.`);
  }
}

/** Checks a body against field rules: object, no unknown fields, required present, each field typed. */
function checkObject(body: unknown, rules: Record<string, Rule>, minProperties = 0): Record<string, unknown> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid(null, "The request body must be a JSON object.");
  const record = body as Record<string, unknown>;
  // Own keys only: "constructor" or "__proto__" must not pass as inherited members of the rules.
  for (const key of Object.keys(record)) if (!Object.hasOwn(rules, key)) throw invalid(key, `Unknown field '${key}'.`);
  for (const [name, rule] of Object.entries(rules)) {
    if (!Object.hasOwn(record, name)) {
      if (rule.required) throw invalid(name, `'${name}' is required.`);
      continue;
    }
    checkField(name, record[name], rule);
  }
  if (Object.keys(record).length < minProperties) throw invalid(null, `The request body must set at least ${minProperties} field.`);
  return record;
}

/** `InvocationCreate`. */
export function parseInvocationCreate(body: unknown): InvocationCreateInput {
  return checkObject(body, {
    workspace_id: { type: "string", required: true },
    tool_name: { type: "string", required: true },
    arguments: { type: "object" },
  }) as unknown as InvocationCreateInput;
}

/** `ApprovalDecision` (the body is optional: undefined → `{}`). */
export function parseApprovalDecision(body: unknown): ApprovalDecisionInput {
  if (body === undefined) return {};
  return checkObject(body, { note: { type: "string", maxLength: 2000 } }) as ApprovalDecisionInput;
}

/** `AgentUpdate`. */
export function parseAgentUpdate(body: unknown): AgentUpdateInput {
  return checkObject(
    body,
    { name: { type: "string", minLength: 1, maxLength: 64 }, description: { type: "string", nullable: true, maxLength: 500 } },
    1,
  ) as AgentUpdateInput;
}

/** `ExecScope` (optional body). */
export function parseExecScope(body: unknown): { workspace_id?: string } {
  if (body === undefined) return {};
  return checkObject(body, { workspace_id: { type: "string" } }) as { workspace_id?: string };
}

/** `CurveRotateRequest` (optional body). */
export function parseCurveRotate(body: unknown): { reason?: string } {
  if (body === undefined) return {};
  return checkObject(body, { reason: { type: "string", maxLength: 500 } }) as { reason?: string };
}

/** `JoinKeyCreate`. */
export function parseJoinKeyCreate(body: unknown): JoinKeyCreateInput {
  return checkObject(body, {
    name: { type: "string", required: true, minLength: 1, maxLength: 64 },
    region: { type: "string", required: true, minLength: 1, maxLength: 24 },
    router_addr: { type: "string", required: true, pattern: /^tcp:\/\/[^\s/]+:[0-9]+$/ },
    role: { type: "string", enum: ["xem", "xim"] },
    expires_in_hours: { type: "integer", minimum: 1, maximum: 720 },
  }) as unknown as JoinKeyCreateInput;
}

/** `WorkspaceBindingCreate`. */
export function parseBindingCreate(body: unknown): { agent_id: string } {
  return checkObject(body, { agent_id: { type: "string", required: true } }) as { agent_id: string };
}
