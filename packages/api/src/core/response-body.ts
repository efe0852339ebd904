// Reading 2xx bodies: which ones must be JSON, and racing a custom fetch's body against the signal.

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const EVENT_STREAM = /^text\/event-stream\b/i;

/**
 * Whether a 2xx body must be JSON: it says so, or the request asked for JSON (`accept`, read only
 * when the type does not settle it) and it is not a stream.
 */
export function expectsJson(method: string, accept: () => string | null, response: Response): boolean {
  if (method === "HEAD" || response.status === 204 || response.status === 205) return false;
  const type = response.headers.get("content-type") ?? "";
  if (JSON_TYPE.test(type)) return true;
  return !EVENT_STREAM.test(type) && /json/i.test(accept() ?? "");
}

/** Settles with `promise`, or rejects as soon as `signal` aborts; removes its listener either way. */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
