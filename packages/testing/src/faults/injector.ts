import type { StreamPlan } from "./stream";
import type { FailOptions, FaultHandle, FaultInjector, FaultKind, FaultMatch } from "./types";

/** An armed fault, as the middleware consumes it. */
export interface ArmedFault {
  kind: FaultKind;
  remaining: number;
  triggered: number;
  match?: FaultMatch | undefined;
  fail?: FailOptions;
  latencyMs?: number;
  /** What an event-stream fault does to the next stream. */
  plan?: StreamPlan;
  /** Releases of the requests a hang holds (its cancel and a reset call them). */
  held: Set<() => void>;
}

/** The injector plus the hooks the HTTP layer calls; only the injector is public. */
export interface FaultRegistry {
  injector: FaultInjector;
  /** Consumes and returns the first armed request fault of `kind` that matches. */
  take(kind: "failNext" | "failAfterHandling" | "latency" | "hang", method: string, apiPath: string): ArmedFault | undefined;
  /** Consumes the first armed fault of each stream kind, merged into the next event stream's plan. */
  takeStreamPlan(): StreamPlan | undefined;
  /** Holds a request on a hang until `signal` aborts, the hang is cancelled or the faults are reset. */
  hold(hang: ArmedFault, signal: AbortSignal): Promise<void>;
  /** Releases every hang for good: the router is closing. */
  close(): void;
  /** True once {@link FaultRegistry.close} ran. */
  readonly closed: boolean;
}

const STREAM_KINDS: readonly FaultKind[] = ["cutStreamAfterEvents", "cutStreamAtByte", "malformedFrames"];

/** Whether a request matches a fault's filter. */
function matches(match: FaultMatch | undefined, method: string, apiPath: string): boolean {
  if (match?.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match?.path === undefined) return true;
  return typeof match.path === "string" ? match.path === apiPath : match.path.test(apiPath);
}

/** Creates the fault registry behind `router.faults`. */
export function createFaultRegistry(): FaultRegistry {
  let armed: ArmedFault[] = [];
  let closed = false;
  const holding = new Set<ArmedFault>(); // hangs holding requests, armed or already used up
  const release = (fault: ArmedFault) => [...fault.held].forEach((done) => done());
  const disarm = (fault: ArmedFault) => (armed = armed.filter((f) => f !== fault));
  const use = (fault: ArmedFault): ArmedFault => {
    fault.remaining -= 1;
    fault.triggered += 1;
    if (fault.remaining <= 0) disarm(fault);
    return fault;
  };
  const arm = (kind: FaultKind, remaining: number, options: Omit<ArmedFault, "kind" | "remaining" | "triggered" | "held">): FaultHandle => {
    const fault: ArmedFault = { kind, remaining, triggered: 0, held: new Set(), ...options };
    armed.push(fault);
    return {
      kind,
      get triggered() {
        return fault.triggered;
      },
      get remaining() {
        return fault.remaining;
      },
      cancel() {
        fault.remaining = 0;
        disarm(fault);
        release(fault);
      },
    };
  };
  const graceful = (options: { graceful?: boolean }) => (options.graceful ? { graceful: true } : {});

  const injector: FaultInjector = {
    failNext: (count, fail) => arm("failNext", positive(count, "count"), { match: fail.match, fail: checkFail(fail) }),
    failAfterHandling: (count, fail) => arm("failAfterHandling", positive(count, "count"), { match: fail.match, fail: checkFail(fail) }),
    latency: (ms, match, count) => arm("latency", count === undefined ? Infinity : positive(count, "count"), { match, latencyMs: delay(ms, "ms") }),
    hang: (match, count) => arm("hang", positive(count ?? 1, "count"), { match }),
    cutStreamAfterEvents: (events, options = {}) =>
      arm("cutStreamAfterEvents", positive(options.times ?? 1, "times"), { plan: { cutAfterEvents: nonNegative(events, "events"), ...graceful(options) } }),
    cutStreamAtByte: (offset, options = {}) =>
      arm("cutStreamAtByte", positive(options.times ?? 1, "times"), { plan: { cutAtByte: nonNegative(offset, "offset"), ...graceful(options) } }),
    malformedFrames: (frames, options = {}) => arm("malformedFrames", positive(options.times ?? 1, "times"), { plan: { inject: [...frames] } }),
    reset() {
      armed = [];
      for (const hang of [...holding]) release(hang);
    },
    list: () => armed.map(({ kind, triggered, remaining }) => ({ kind, triggered, remaining })),
  };

  return {
    injector,
    take(kind, method, apiPath) {
      const fault = armed.find((f) => f.kind === kind && matches(f.match, method, apiPath));
      return fault && use(fault);
    },
    takeStreamPlan() {
      const due = STREAM_KINDS.map((kind) => armed.find((f) => f.kind === kind)).filter((f) => f !== undefined);
      // One fault of each kind per stream; merged, a graceful one makes the cut graceful.
      return due.length === 0 ? undefined : due.reduce<StreamPlan>((plan, fault) => ({ ...plan, ...use(fault).plan }), {});
    },
    async hold(hang, signal) {
      holding.add(hang);
      // Until the caller aborts, or a cancel or reset calls the release it registered.
      await new Promise<void>((resolve) => {
        const release = () => {
          hang.held.delete(release);
          signal.removeEventListener("abort", release);
          resolve();
        };
        if (signal.aborted) return resolve();
        hang.held.add(release);
        signal.addEventListener("abort", release, { once: true });
      });
      if (hang.held.size === 0) holding.delete(hang);
    },
    get closed() {
      return closed;
    },
    close() {
      closed = true;
      injector.reset();
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

/** `value` when `valid`; else a {@link FaultOptionError} saying what `name` must be. */
function option(name: string, value: number, valid: boolean, expected: string): number {
  if (!valid) throw new FaultOptionError(name, `${name} must be ${expected}, got ${String(value)}`);
  return value;
}

function checkFail(fail: FailOptions): FailOptions {
  option("status", fail.status, Number.isInteger(fail.status) && fail.status >= 200 && fail.status <= 599, "an HTTP status 200-599");
  const retryAfter = fail.retryAfter;
  if (retryAfter !== undefined) option("retryAfter", retryAfter, Number.isInteger(retryAfter) && retryAfter >= 0, "a whole number of seconds, 0 or more");
  return fail;
}

/** Longest injected latency: ten minutes (a timer cannot wait more than 2^31 - 1 ms anyway). */
const MAX_FAULT_LATENCY_MS = 600_000;

const positive = (n: number, name: string) => option(name, n, Number.isInteger(n) && n >= 1, "a positive integer");
const delay = (n: number, name: string) => option(name, n, Number.isFinite(n) && n >= 0 && n <= MAX_FAULT_LATENCY_MS, `a number of milliseconds from 0 to ${MAX_FAULT_LATENCY_MS}`);
const nonNegative = (n: number, name: string) => option(name, n, Number.isFinite(n) && n >= 0, "a non-negative number");
