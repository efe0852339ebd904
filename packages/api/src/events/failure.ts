/** How the stream classifies connection failures; shared by the reconnect loop. */

const noop = (): void => {};

/** Releases a response body we will not read, ignoring errors. */
export function discard(response: Response | undefined): void {
  response?.body?.cancel().catch(noop);
}

/** Calls a user callback; a throwing logger must not break the stream. */
export function safeCall<T>(callback: ((arg: T) => void) | undefined, arg: T): void {
  try {
    callback?.(arg);
  } catch {
    // A throwing logger must not break the stream.
  }
}

/** The numeric `status` property of a thrown error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = typeof error === "object" && error !== null ? (error as { status?: unknown }).status : undefined;
  return typeof status === "number" ? status : undefined;
}

/**
 * Whether a failure should stop the stream rather than reconnect: any 4xx except a retryable 429,
 * a status-less error the client marked non-retryable (misconfiguration, not the network), and a
 * request the platform could not build (a local error, never transient).
 * A 429 or status-less error opts out via `isRetryable: false` (the client's errors) or `retryable: false`.
 */
export function isTerminal(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined) return markedNonRetryable(error) || isLocalRequestError(error);
  if (status < 400 || status >= 500) return false;
  return status !== 429 || markedNonRetryable(error);
}

/**
 * A request the platform refused to build (an invalid header value, e.g. an id with a character
 * above U+00FF): the same request would fail the same way forever, so it is not transient.
 */
function isLocalRequestError(error: unknown): boolean {
  return error instanceof TypeError && /header|bytestring/i.test(error.message);
}

function markedNonRetryable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const flags = error as { isRetryable?: unknown; retryable?: unknown };
  return flags.isRetryable === false || flags.retryable === false;
}

/** A usable `retryAfterMs` property of a thrown error (the client's 429/503 errors carry one). */
export function retryAfterOf(error: unknown): number | undefined {
  const value = typeof error === "object" && error !== null ? (error as { retryAfterMs?: unknown }).retryAfterMs : undefined;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Statuses with which a server refuses a `Last-Event-ID` it cannot resume from (instead of a
 * `stream.reset` frame). Auth, 404 (no stream at all) and 429 keep their usual meaning.
 */
const RESUME_REJECTED = new Set([400, 409, 410, 412, 416, 422]);

/** Whether a failed connection that sent a resume point was refused because of it. */
export function rejectsResumePoint(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && RESUME_REJECTED.has(status);
}
