import { apiPathOf } from "../http/request-path";
import { declaredResponse, findOperation } from "../spec/operations";
import { describeErrors, validateAt } from "../spec/validator";
import type { ConformanceViolation } from "./recorder";

/** Checks one response (a clone) against the spec: operation, declared status, required headers, content type, JSON body. */
export async function checkResponse(request: Request, response: Response): Promise<ConformanceViolation[]> {
  const url = new URL(request.url);
  const base = { method: request.method, path: url.pathname, status: response.status, requestId: response.headers.get("x-request-id") ?? undefined };
  const operation = findOperation(request.method, apiPathOf(url.pathname));
  if (!operation) return [{ ...base, kind: "unknown_operation", message: `${request.method} ${url.pathname} is not an operation of the spec.` }];
  const at = { ...base, operationId: operation.operationId };
  const name = `${operation.operationId} ${response.status}`;
  const declared = declaredResponse(operation, response.status);
  if (!declared) {
    const statuses = [...operation.responses.keys()].join(", ");
    return [{ ...at, kind: "undeclared_status", message: `${operation.operationId} does not declare status ${response.status} (declares ${statuses}).` }];
  }

  const violations: ConformanceViolation[] = [];
  for (const header of declared.headers) {
    const value = response.headers.get(header.name);
    if (value === null && header.required) violations.push({ ...at, kind: "missing_header", message: `${name} lacks the required header ${header.name}.` });
    if (value !== null && header.type === "integer" && !/^-?\d+$/.test(value)) {
      violations.push({ ...at, kind: "invalid_header", message: `Header ${header.name} must be an integer, got '${value}'.` });
    }
  }
  if (declared.content.size === 0) return violations;
  const mediaType = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const pointer = declared.content.get(mediaType);
  if (!pointer) {
    const message = `${name} answered '${mediaType || "(none)"}', the spec declares ${[...declared.content.keys()].join(", ")}.`;
    return [...violations, { ...at, kind: "unexpected_content_type", message }];
  }
  if (mediaType !== "application/json") return violations;
  const text = await response.clone().text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return [...violations, { ...at, kind: "invalid_body", message: `${name} body is not JSON: ${text.slice(0, 80)}` }];
  }
  const errors = validateAt(pointer, body);
  if (errors) violations.push({ ...at, kind: "invalid_body", message: `${name} body does not match the schema: ${describeErrors(errors)}`, errors });
  return violations;
}
