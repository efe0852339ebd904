// Cancelling an attempt on Node's own fetch without handing it an AbortSignal. A signal costs
// undici tens of µs per request (bench/RESULTS.md, issue 25); instead the attempt passes fetch a
// `dispatcher` (undici's documented extension of RequestInit) that forwards to the global
// dispatcher and keeps the abort function undici gives the request's handler, which the timer
// calls to destroy the request and its socket. Other runtimes (Bun, Deno, browsers) and an
// injected fetch use a signal.

// Where undici (Node's fetch, and the undici package's setGlobalDispatcher) keeps the global dispatcher.
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/** Whether the platform's fetch is Node's undici, which honours a per-request `dispatcher`. */
export function platformFetchIsUndici(): boolean {
  const g = globalThis as { process?: { versions?: Record<string, string | undefined> }; Bun?: unknown; Deno?: unknown };
  return typeof g.process?.versions?.undici === "string" && g.Bun === undefined && g.Deno === undefined;
}

type Abort = (reason: Error) => void;

/** The request handler undici passes to a dispatcher: an object of hooks. */
type DispatchHandler = Record<string, ((...args: unknown[]) => unknown) | undefined>;

interface Dispatcher {
  dispatch(options: object, handler: object): boolean;
}

/**
 * The dispatcher of one attempt: sends through the global dispatcher (so a proxy or mock agent
 * set with `setGlobalDispatcher` still applies) and can cancel the request at any point.
 */
export class CancellableDispatch implements Dispatcher {
  /** undici called it: the fetch in use honours `dispatcher` (a patched global fetch may not). */
  dispatched = false;
  private abortRequest: Abort | undefined;
  private cancelled = false;

  dispatch(options: object, handler: DispatchHandler): boolean {
    this.dispatched = true;
    const target = (globalThis as Record<symbol, Dispatcher | undefined>)[GLOBAL_DISPATCHER];
    if (!target) throw new TypeError("No global undici dispatcher to send through.");
    const wrapped = handler.onRequestStart ? new RequestStartHandler(handler, this) : new ConnectHandler(handler, this);
    return target.dispatch(options, wrapped);
  }

  /** Aborts the request now, or as soon as it reaches a connection (as undici does for a signal). */
  cancel(): void {
    this.cancelled = true;
    this.abortRequest?.(timedOut());
  }

  /** Keeps the request's abort function, using it at once if the attempt was cancelled before. */
  keep(abort: Abort): void {
    if (this.cancelled) abort(timedOut());
    else this.abortRequest = abort;
  }
}

// undici tells its two handler APIs apart by whether `onRequestStart` exists, so there is one
// forwarding handler class per API (as undici's own WrapHandler), each with exactly its API's hooks.

type HandlerClass = new (inner: DispatchHandler, attempt: CancellableDispatch) => object;

/** A class forwarding `hooks` to undici's handler; the first hook also hands over the request's abort. */
function forwardingHandler(hooks: readonly string[], abortOf: (first: unknown) => Abort): HandlerClass {
  class Forwarding {
    constructor(
      readonly inner: DispatchHandler,
      readonly attempt: CancellableDispatch,
    ) {}
  }
  for (const hook of hooks) {
    const forward = function (this: Forwarding, ...args: unknown[]): unknown {
      const result = this.inner[hook]?.call(this.inner, ...args);
      if (hook === hooks[0]) this.attempt.keep(abortOf(args[0]));
      return result;
    };
    Object.defineProperty(Forwarding.prototype, hook, { value: forward });
  }
  return Forwarding;
}

/** undici ≤ 7 (Node 20–24): `onConnect` receives the request's abort function. */
const ConnectHandler = /* @__PURE__ */ forwardingHandler(
  ["onConnect", "onResponseStarted", "onHeaders", "onData", "onComplete", "onError", "onUpgrade", "onBodySent", "onRequestSent"],
  (abort) => abort as Abort,
);

/** undici 8: `onRequestStart` receives a controller whose `abort` cancels the request. */
const RequestStartHandler = /* @__PURE__ */ forwardingHandler(
  ["onRequestStart", "onResponseStarted", "onResponseStart", "onResponseData", "onResponseEnd", "onResponseError", "onRequestUpgrade", "onBodySent", "onRequestSent"],
  (controller) => (reason) => (controller as { abort: Abort }).abort(reason),
);

function timedOut(): Error {
  return new DOMException("The attempt timed out.", "TimeoutError");
}
