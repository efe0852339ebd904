import type { StreamPlan } from "./stream";
import type { FailOptions, FaultHandle, FaultInjector, FaultKind, FaultMatch, StreamFaultOptions } from "./types";

/** An armed request fault, as the middleware consumes it. */
export interface RequestFault {
  kind: "failNext" | "failAfterHandling" | "latency" | "hang";
  match: FaultMatch | undefined;
  remaining: number;
  triggered: number;
  fail?: FailOptions;
  latencyMs?: number;
  /** Releases of the requests a hang holds (cancel and reset call them). */
  held?: Set<() => void>;
}

interface StreamFault {
  kind: "cutStreamAfterEvents" | "cutStreamAtByte" | "malformedFrames";
  remaining: number;
  triggered: number;
  plan: StreamPlan;
}

/** The injector plus the hooks the HTTP layer calls; only the injector is public. */
export interface FaultRegistry {
  injector: FaultInjector;
  /** Consumes and returns the first armed fault of `kind` that matches. */
  take(kind: RequestFault["kind"], method: string, apiPath: string): RequestFault | undefined;
  /** Consumes the stream faults due for the next event stream, merged into one plan. */
  takeStreamPlan(): StreamPlan | undefined;
  /** Holds a request on a hang until `signal` aborts, the hang is cancelled or the faults are reset. */
  hold(hang: RequestFault, signal: AbortSignal): Promise<void>;
  /** Releases every hang for good: the router is closing, so released requests are dropped. */
  close(): void;
  /** True once {@link FaultRegistry.close} ran. */
  readonly closed: boolean;
}

/** Whether a request matches a fault's filter. */
export function matches(match: FaultMatch | undefined, method: string, apiPath: string): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === "string" ? match.path === apiPath : match.path.test(apiPath);
}

/** A caller's handle on an armed fault; `remove` disarms it. */
function handleOf(fault: { kind: FaultKind; remaining: number; triggered: number }, remove: () => void): FaultHandle {
  return {
    kind: fault.kind,
    get triggered() {
      return fault.triggered;
    },
    get remaining() {
      return fault.remaining;
    },
    cancel() {
      fault.remaining = 0;
      remove();
    },
  };
}

/** Consumes one use of the first armed fault of each kind and merges them into the next stream's plan. */
function consumeStreamPlan(faults: readonly StreamFault[]): StreamPlan {
  const plan: StreamPlan = {};
  const inject: string[] = [];
  const seen = new Set<StreamFault["kind"]>();
  for (const fault of faults) {
    if (seen.has(fault.kind)) continue; // one fault of each kind per stream
    seen.add(fault.kind);
    fault.remaining -= 1;
    fault.triggered += 1;
    if (fault.plan.inject) inject.push(...fault.plan.inject);
    if (fault.plan.cutAfterEvents !== undefined) plan.cutAfterEvents = fault.plan.cutAfterEvents;
    if (fault.plan.cutAtByte !== undefined) plan.cutAtByte = fault.plan.cutAtByte;
    if (fault.plan.graceful) plan.graceful = true;
  }
  if (inject.length) plan.inject = inject;
  return plan;
}

/** Resolves once `signal` aborts or a cancel or reset calls the release registered in `releases`. */
function waitForRelease(releases: Set<() => void>, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const release = () => {
      releases.delete(release);
      signal.removeEventListener("abort", release);
      resolve();
    };
    if (signal.aborted) return resolve();
    releases.add(release);
    signal.addEventListener("abort", release, { once: true });
  });
}

/** Creates the fault registry behind `router.faults`. */
export function createFaultRegistry(): FaultRegistry {
  let requestFaults: RequestFault[] = [];
  let closed = false;
  let streamFaults: StreamFault[] = [];
  const release = (fault: RequestFault) => {
    for (const done of [...(fault.held ?? [])]) done();
  };
  const hangs = new Set<RequestFault>();

  const armRequest = (fault: RequestFault): FaultHandle => {
    requestFaults.push(fault);
    return handleOf(fault, () => {
      requestFaults = requestFaults.filter((f) => f !== fault);
      release(fault);
    });
  };
  const armStream = (kind: StreamFault["kind"], plan: StreamPlan, times: number | undefined): FaultHandle => {
    const fault: StreamFault = { kind, plan, remaining: positive(times ?? 1, "times"), triggered: 0 };
    streamFaults.push(fault);
    return handleOf(fault, () => {
      streamFaults = streamFaults.filter((f) => f !== fault);
    });
  };

  const injector: FaultInjector = {
    failNext: (count, fail) => armRequest({ kind: "failNext", match: fail.match, remaining: positive(count, "count"), triggered: 0, fail: checkFail(fail) }),
    failAfterHandling: (count, fail) =>
      armRequest({ kind: "failAfterHandling", match: fail.match, remaining: positive(count, "count"), triggered: 0, fail: checkFail(fail) }),
    latency: (ms, match, count) =>
      armRequest({ kind: "latency", match, remaining: count === undefined ? Infinity : positive(count, "count"), triggered: 0, latencyMs: delay(ms, "ms") }),
    hang: (match, count) => armRequest({ kind: "hang", match, remaining: positive(count ?? 1, "count"), triggered: 0, held: new Set() }),
    cutStreamAfterEvents: (events, options: StreamFaultOptions = {}) =>
      armStream("cutStreamAfterEvents", { cutAfterEvents: nonNegative(events, "events"), graceful: options.graceful }, options.times),
    cutStreamAtByte: (offset, options: StreamFaultOptions = {}) =>
      armStream("cutStreamAtByte", { cutAtByte: nonNegative(offset, "offset"), graceful: options.graceful }, options.times),
    malformedFrames: (frames, options = {}) => armStream("malformedFrames", { inject: [...frames] }, options.times),
    reset() {
      requestFaults = [];
      streamFaults = [];
      for (const hang of [...hangs]) release(hang);
    },
    list: () => [...requestFaults, ...streamFaults].map(({ kind, triggered, remaining }) => ({ kind, triggered, remaining })),
  };

  return {
    injector,
    take(kind, method, apiPath) {
      const fault = requestFaults.find((f) => f.kind === kind && f.remaining > 0 && matches(f.match, method, apiPath));
      if (!fault) return undefined;
      fault.remaining -= 1;
      fault.triggered += 1;
      if (fault.remaining <= 0) requestFaults = requestFaults.filter((f) => f !== fault);
      return fault;
    },
    takeStreamPlan() {
      if (streamFaults.length === 0) return undefined;
      const plan = consumeStreamPlan(streamFaults);
      streamFaults = streamFaults.filter((f) => f.remaining > 0);
      return plan;
    },
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      injector.reset();
    },
    async hold(hang, signal) {
      hangs.add(hang);
      await waitForRelease(hang.held!, signal);
      if (hang.held!.size === 0) hangs.delete(hang);
    },
  };
}

/** A fault option out of range (a `RangeError`); `param` names the option, as the control plane's 400 does. */
export class FaultOptionError extends RangeError {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
    this.name = "FaultOptionError";
  }
}

function checkFail(fail: FailOptions): FailOptions {
  if (!Number.isInteger(fail.status) || fail.status < 200 || fail.status > 599) {
    throw new FaultOptionError("status", `fault status must be an HTTP status 200-599, got ${String(fail.status)}`);
  }
  if (fail.retryAfter !== undefined && !(Number.isInteger(fail.retryAfter) && fail.retryAfter >= 0)) {
    throw new FaultOptionError("retryAfter", `retryAfter must be a whole number of seconds, 0 or more, got ${String(fail.retryAfter)}`);
  }
  return fail;
}

function positive(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 1) throw new FaultOptionError(name, `${name} must be a positive integer, got ${String(n)}`);
  return n;
}

/** Longest injected latency: ten minutes (a timer cannot wait more than 2^31 - 1 ms anyway). */
export const MAX_FAULT_LATENCY_MS = 600_000;

function delay(n: number, name: string): number {
  if (!Number.isFinite(n) || n < 0 || n > MAX_FAULT_LATENCY_MS) {
    throw new FaultOptionError(name, `${name} must be a number of milliseconds from 0 to ${MAX_FAULT_LATENCY_MS}, got ${String(n)}`);
  }
  return n;
}

function nonNegative(n: number, name: string): number {
  if (!Number.isFinite(n) || n < 0) throw new FaultOptionError(name, `${name} must be a non-negative number, got ${String(n)}`);
  return n;
}
