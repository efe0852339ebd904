import type { ErrorObject } from "ajv/dist/2020.js";

/** How the router treats responses that disagree with the spec. */
export type ConformanceMode = "off" | "record" | "throw";

/** What kind of disagreement with the spec a violation is. */
export type ViolationKind =
  | "unknown_operation"
  | "undeclared_status"
  | "missing_header"
  | "invalid_header"
  | "unexpected_content_type"
  | "invalid_body"
  | "invalid_event";

/** One response (or event-stream frame) that disagreed with `openapi/xerotier.yaml`. */
export interface ConformanceViolation {
  kind: ViolationKind;
  method: string;
  /** The request path as sent, project segment included. */
  path: string;
  status: number;
  /** The spec operation, when the path matched one. */
  operationId?: string;
  requestId?: string;
  /** One readable sentence. */
  message: string;
  /** Ajv's errors, for body and event violations. */
  errors?: ErrorObject[];
}
