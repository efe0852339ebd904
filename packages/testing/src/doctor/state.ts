import type { RateLimitError, XerotierClient } from "@xerotier/api";
import type { RecordedFixture } from "../fixtures/format";
import type { Budget } from "./budget";
import { createFindingTally, type FindingTally } from "./findings";

/** What the probe learned about one operation, turned into an `OperationReport` at the end. */
export interface OperationLog {
  calls: number;
  /** Answers that came as the spec says they should (a 2xx, or the 404 a made-up id asked for). */
  answered: number;
  /** What was probed, e.g. `2 pages, 23 items`. */
  notes: string[];
  /** Why the key may not call it (`scope_insufficient`). */
  notAllowed?: string;
  /** Why calls failed (`HTTP 503 backend_unavailable`, a timeout). */
  failures: string[];
  /** Why it was not probed (a write without `write: true`, a spent budget, nothing to show). */
  skipped?: string;
  findings: FindingTally;
}

/** The wire behaviours seen across every answer, judged once at the end. */
export interface WireLog {
  /** Answers checked for `x-request-id`, and the operations of those that lacked it. */
  answers: number;
  withoutRequestId: Map<string, number>;
  /** Every 429, with the operation that got it. */
  rateLimited: Array<{ operationId: string; error: RateLimitError }>;
  /** Findings of the error envelopes of made-up-id 404s. */
  envelopes: FindingTally;
  /** Operations whose made-up-id 404 was checked. */
  envelopeChecks: string[];
}

/** The probe's state, shared by its steps. */
export interface ProbeState {
  client: XerotierClient;
  budget: Budget;
  /** Strings to redact: the caller's, plus secrets the probe itself received (a join key's). */
  secrets: string[];
  /** Recorded answers, when recording. */
  fixtures: RecordedFixture[] | undefined;
  operations: Map<string, OperationLog>;
  wire: WireLog;
  leftovers: string[];
  onStep: ((step: string) => void) | undefined;
}

/** The log of one operation, created on first use. */
export function operationLog(state: ProbeState, operationId: string): OperationLog {
  let log = state.operations.get(operationId);
  if (!log) {
    log = { calls: 0, answered: 0, notes: [], failures: [], findings: createFindingTally() };
    state.operations.set(operationId, log);
  }
  return log;
}

/** Marks an operation not probed, keeping the first reason given. */
export function skip(state: ProbeState, operationId: string, reason: string): void {
  operationLog(state, operationId).skipped ??= reason;
}

/** An empty wire log. */
export function createWireLog(): WireLog {
  return { answers: 0, withoutRequestId: new Map(), rateLimited: [], envelopes: createFindingTally(), envelopeChecks: [] };
}
