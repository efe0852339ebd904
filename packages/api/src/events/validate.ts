import type { z } from "zod/mini";
import {
  AgentStatusEventSchema,
  ApprovalEventSchema,
  EventEnvelopeSchema,
  InvocationEventSchema,
} from "../generated/zod";
import * as fast from "../generated/validators";
import { isAgentEvent, isApprovalEvent, isInvocationEvent, type XerotierEvent } from "./types";

/** What an event validator returns: the typed event, or a one-line description of what is wrong. */
export type EventValidationResult = { ok: true; event: XerotierEvent } | { ok: false; issues: string };

/**
 * Checks a parsed JSON value against the event envelope. The SSE stream and `verifyWebhook`
 * share one validator, so both yield exactly the same event objects.
 *
 * @example
 * ```ts
 * const check: ValidateEvent = (raw) => validateEventEnvelope(raw);
 * ```
 */
export type ValidateEvent = (raw: unknown) => EventValidationResult;

/** Formats zod issues on one line (`path: message; …`) so they fit a log line or an error message. */
export function formatZodIssues(error: { issues: readonly z.core.$ZodIssue[] }): string {
  return error.issues.map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(root)"}: ${describeIssue(issue)}`).join("; ");
}

// zod/mini ships no message locale, so say what was expected from the issue's own fields.
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "string" ? " characters" : ""}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "string" ? " characters" : ""}`;
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/**
 * The default {@link ValidateEvent}, built from the spec's generated schemas: every event must
 * be a valid envelope, and an event of a documented type must also carry a valid approval,
 * invocation or agent as `data`, so `switch (event.type)` can trust its narrowing. Unknown types
 * pass through with only the envelope checked; extra fields are kept.
 *
 * @example
 * ```ts
 * const result = validateEventEnvelope(JSON.parse(body));
 * if (!result.ok) console.warn(result.issues);
 * ```
 */
export function validateEventEnvelope(raw: unknown): EventValidationResult {
  // Fast path: the generated predicates accept exactly what the schemas accept unchanged, so a
  // valid event is taken as parsed (no copy); zod runs only to describe or settle the rest.
  if (fast.isEventEnvelope(raw)) {
    const event = raw as XerotierEvent;
    const typed = isApprovalEvent(event)
      ? fast.isApprovalEvent
      : isInvocationEvent(event)
        ? fast.isInvocationEvent
        : isAgentEvent(event)
          ? fast.isAgentStatusEvent
          : undefined;
    if (typed === undefined || typed(raw)) return { ok: true, event };
  }
  return validateWithZod(raw);
}

/** The authoritative zod path: slower, but says what is wrong (`data.risk: expected one of …`). */
function validateWithZod(raw: unknown): EventValidationResult {
  const envelope = EventEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return { ok: false, issues: formatZodIssues(envelope.error) };
  const event = envelope.data as XerotierEvent;
  const typed = isApprovalEvent(event)
    ? ApprovalEventSchema
    : isInvocationEvent(event)
      ? InvocationEventSchema
      : isAgentEvent(event)
        ? AgentStatusEventSchema
        : undefined;
  if (!typed) return { ok: true, event };
  const checked = typed.safeParse(raw);
  return checked.success ? { ok: true, event: checked.data as XerotierEvent } : { ok: false, issues: formatZodIssues(checked.error) };
}
