// Reading 2xx bodies: which ones must be JSON, and how to keep a read response readable.

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
const EVENT_STREAM = /^text\/event-stream\b/i;

/** Whether a 2xx body must be JSON: it says so, or the request asked for JSON and it is not a stream. */
export function expectsJson(request: Request, response: Response): boolean {
  if (request.method === "HEAD" || response.status === 204 || response.status === 205) return false;
  const type = response.headers.get("content-type") ?? "";
  if (JSON_TYPE.test(type)) return true;
  return !EVENT_STREAM.test(type) && /json/i.test(request.headers.get("accept") ?? "");
}

/**
 * Makes the already-read `response` readable again without copying it: `json()` returns the value
 * already parsed, `text()` the text, and the other body accessors read a replica built on first
 * use. `content-length` is guaranteed, so openapi-fetch calls `json()` instead of parsing twice.
 */
export function withParsedJson(response: Response, text: string, parsed: unknown): Response {
  let headers = response.headers;
  if (!headers.has("content-length")) {
    headers = new Headers(headers);
    headers.set("content-length", String(new TextEncoder().encode(text).byteLength));
  }
  let replica: Response | undefined;
  const body = (): Response =>
    (replica ??= new Response(text, { status: response.status, statusText: response.statusText, headers }));
  const fromReplica = (name: "arrayBuffer" | "blob" | "formData" | "clone" | "bytes") => ({
    value: (...args: unknown[]) => (body()[name as "blob"] as (...a: unknown[]) => unknown)(...args),
  });
  Object.defineProperties(response, {
    headers: { value: headers },
    json: { value: () => Promise.resolve(parsed) },
    text: { value: () => Promise.resolve(text) },
    arrayBuffer: fromReplica("arrayBuffer"),
    blob: fromReplica("blob"),
    formData: fromReplica("formData"),
    bytes: fromReplica("bytes"),
    clone: fromReplica("clone"),
    body: { get: () => body().body },
    bodyUsed: { get: () => replica?.bodyUsed ?? false },
  });
  return response;
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
