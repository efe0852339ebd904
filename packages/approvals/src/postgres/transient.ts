import { retryDelayMs, sleep } from "@xerotier/api/internal";

// SQLSTATE classes and codes that mean "the database is (re)starting or unreachable", not "your query is wrong".
const TRANSIENT_SQLSTATE_CLASSES = ["08"]; // connection exception
const TRANSIENT_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "40001", "40P01", "55P03", "25P03"]);
const SOCKET_ERRORS = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN"]);
// node-postgres reports a dropped or timed-out connection as a plain Error with one of these messages.
const CONNECTION_MESSAGES = /connection terminated|timeout exceeded when trying to connect|not queryable|connection error/i;

/**
 * True for an error worth waiting through: a lost or refused connection (node-postgres reports
 * these without a SQLSTATE), a server shutting down or starting, too many connections, or a
 * serialization failure. A SQL error (bad schema, permissions) is not transient.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const isSqlState = typeof code === "string" && /^[0-9A-Z]{5}$/.test(code);
  if (isSqlState) return TRANSIENT_SQLSTATES.has(code) || TRANSIENT_SQLSTATE_CLASSES.includes(code.slice(0, 2));
  if (typeof code === "string" && SOCKET_ERRORS.has(code)) return true;
  const message = (error as { message?: unknown }).message;
  return typeof message === "string" && CONNECTION_MESSAGES.test(message);
}

/** How long {@link retryTransient} keeps trying. */
export interface RetryTransientOptions {
  /** Give up (rethrow the last error) after this long, ms: the budget of all the attempts. */
  maxWaitMs: number;
  /** Stops waiting; rejects with the abort reason. */
  signal?: AbortSignal | undefined;
}

/**
 * Runs `operation`, and while it fails with a transient database error waits (100 ms growing to
 * 2 s, jittered) and runs it again, until it succeeds, fails otherwise, or the time is up.
 * `operation` must be safe to repeat: every caller here is an idempotent statement or transaction.
 */
export async function retryTransient<T>(operation: () => Promise<T>, options: RetryTransientOptions): Promise<T> {
  const giveUpAt = performance.now() + options.maxWaitMs;
  for (let attempt = 1; ; attempt += 1) {
    options.signal?.throwIfAborted();
    try {
      return await operation();
    } catch (error) {
      if (!isTransientDatabaseError(error)) throw error;
      const left = giveUpAt - performance.now();
      if (left <= 0) throw error;
      await sleep(Math.min(left, retryDelayMs(attempt, { baseDelayMs: 100, maxDelayMs: 2_000 })), options.signal).catch(() => undefined); // the loop rethrows the abort reason
    }
  }
}
