// The transport's view of tracing: a hook that may start a span per call. The transport knows
// nothing of OpenTelemetry; when tracing is off the hook returns undefined and nothing else runs.
import type { XerotierError } from "../errors";
import type { CallSpec } from "../core/call-spec";

/** The tracing of one call, as the transport drives it. */
export interface CallTrace {
  /** Trace context headers (`traceparent`, …) sent on every attempt. */
  headers: Record<string, string>;
  /** A retry is about to wait `delayMs` after `error`. */
  retry(attempt: number, delayMs: number, error: XerotierError): void;
  /** The call ended with a response or an error. */
  end(result: CallResult): void;
}

/** How a call ended. */
export interface CallResult {
  attempts: number;
  status: number | undefined;
  requestId: string | undefined;
  error: XerotierError | undefined;
}

/** Starts the tracing of a call; `undefined` (synchronously) when tracing is off. */
export type TracingHook = (spec: CallSpec) => CallTrace | undefined | Promise<CallTrace | undefined>;
