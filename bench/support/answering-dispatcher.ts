// An undici dispatcher that answers every request in process, one event-loop turn later, with bytes
// prepared up front: installed as the global dispatcher, it makes Node's own `fetch` (and every
// client built on it: raw fetch, openapi-fetch, ofetch, ky, openai-node, @xerotier/api) run its
// whole request path except the socket. Benches use it to measure the client's own CPU per request
// without the network's noise; it speaks undici's handler API of Node 20–24 (onConnect/onHeaders/
// onData/onComplete) and the one of undici 8 (onRequestStart/onResponseStart/...).

/** What the dispatcher answers to one request. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** The part of undici's dispatch options an answer may depend on. */
export interface DispatchedRequest {
  method: string;
  path: string;
}

type Handler = Record<string, ((...args: unknown[]) => unknown) | undefined>;

// Node's fetch reads its global dispatcher from this key (what undici's setGlobalDispatcher writes).
const GLOBAL_DISPATCHER = Symbol.for("undici.globalDispatcher.1");

/** Installs the answering dispatcher as the global one; returns a function that restores the previous. */
export function installAnsweringDispatcher(answer: (request: DispatchedRequest) => Answer): () => void {
  const slot = globalThis as unknown as Record<symbol, unknown>;
  const previous = slot[GLOBAL_DISPATCHER];
  slot[GLOBAL_DISPATCHER] = {
    dispatch(options: DispatchedRequest, handler: Handler): boolean {
      setImmediate(() => respond(answer(options), handler));
      return true;
    },
    close: async () => undefined,
    destroy: async () => undefined,
  };
  return () => {
    slot[GLOBAL_DISPATCHER] = previous;
  };
}

function respond({ status, headers, body }: Answer, handler: Handler): void {
  const all = { ...headers, "content-length": String(body.byteLength) };
  if (typeof handler.onRequestStart === "function") {
    const controller = { abort: () => undefined, pause: () => undefined, resume: () => undefined, rawHeaders: rawHeaders(all) };
    handler.onRequestStart(controller, {});
    handler.onResponseStarted?.();
    handler.onResponseStart!(controller, status, all, "OK");
    handler.onResponseData!(controller, body);
    handler.onResponseEnd!(controller, {});
    return;
  }
  handler.onConnect!(() => undefined);
  handler.onResponseStarted?.();
  handler.onHeaders!(status, rawHeaders(all), () => undefined, "OK");
  handler.onData!(body);
  handler.onComplete!([]);
}

function rawHeaders(headers: Record<string, string>): Buffer[] {
  return Object.entries(headers).flatMap(([name, value]) => [Buffer.from(name), Buffer.from(value)]);
}
