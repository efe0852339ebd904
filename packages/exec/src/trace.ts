import type { RequestOptions } from "@xerotier/api";

/** One API call made on behalf of a higher-level operation, with the request id to quote to support. */
export interface TracedRequest {
  /** `METHOD /path` of the call, e.g. `GET /v1/exec/invocations/inv_123`. */
  request: string;
  /** The response's `x-request-id` (or the one the SDK sent, when no response arrived). */
  requestId: string | undefined;
  /** HTTP status when the call failed. */
  status?: number;
  /** Error code when the call failed. */
  code?: string;
}

/** Collects the request ids of the calls an operation makes (for incident exports and triage reports). */
export interface Trace {
  readonly requests: TracedRequest[];
  /** Runs `call`, recording its request id whether it succeeds or throws. */
  run<T extends { requestId: string | undefined }>(request: string, call: () => Promise<T>): Promise<T>;
}

/** Creates an empty {@link Trace}. */
export function createTrace(): Trace {
  const requests: TracedRequest[] = [];
  return {
    requests,
    async run(request, call) {
      try {
        const result = await call();
        requests.push({ request, requestId: result.requestId });
        return result;
      } catch (error) {
        const e = error as { requestId?: string; status?: number; code?: string };
        requests.push({
          request,
          requestId: e?.requestId,
          ...(typeof e?.status === "number" ? { status: e.status } : {}),
          ...(typeof e?.code === "string" ? { code: e.code } : {}),
        });
        throw error;
      }
    },
  };
}

/** A trace that records nothing, for plain calls. */
export const NO_TRACE: Trace = { requests: [], run: (_request, call) => call() };

/** Per-call options of a traced read: the request options plus the trace that records it. */
export interface TracedOptions extends RequestOptions {
  /** Records the call and its request id. Default: none. */
  trace?: Trace;
}
