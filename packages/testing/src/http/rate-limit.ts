import type { MiddlewareHandler } from "hono";
import type { Clock } from "../clock";
import type { RouterEnv } from "./env";
import { setHeader } from "./request-id";
import { RouterError } from "../domain/router-error";

/** Per-key fixed-window limit: at most `limit` requests per `windowMs` of router clock. */
export interface RateLimitOptions {
  limit: number;
  windowMs: number;
}

/** The default: 600 requests a minute per key, generous enough never to bite a test by accident. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { limit: 600, windowMs: 60_000 };

/** The backoff the router suggests in every 429's `error.retry_strategy` (contract §2). */
export const RETRY_STRATEGY = { type: "exponential", initial_delay_ms: 500, max_delay_ms: 30_000, multiplier: 2, jitter: true } as const;

/**
 * The rate limiter, changeable while the router runs.
 *
 * @example
 * router.rateLimit.set({ limit: 2, windowMs: 1000 }); // the third request in a second is a 429
 */
export interface RateLimiter {
  /** The current limit, or `false` when disabled. */
  readonly options: RateLimitOptions | false;
  /** Changes the limit (or disables it with `false`) and starts every window afresh. */
  set(options: RateLimitOptions | false): void;
  /** Starts every key's window afresh. */
  reset(): void;
  /** Counts one request for `keyId`; the state to report in headers. */
  hit(keyId: string): RateLimitState;
}

/** One key's window after a request. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Whole seconds until the window resets, at least 1 while requests are refused. */
  resetSeconds: number;
  allowed: boolean;
}

/** Creates the fixed-window limiter on the router's clock. */
export function createRateLimiter(clock: Clock, initial: RateLimitOptions | false = DEFAULT_RATE_LIMIT): RateLimiter {
  let options = initial;
  let windows = new Map<string, { start: number; count: number }>();
  return {
    get options() {
      return options;
    },
    set(next) {
      if (next && (!(next.limit >= 0) || !(next.windowMs > 0))) throw new RangeError("rateLimit needs limit >= 0 and windowMs > 0");
      options = next;
      windows = new Map();
    },
    reset() {
      windows = new Map();
    },
    hit(keyId) {
      if (!options) return { limit: 0, remaining: 0, resetSeconds: 0, allowed: true };
      const now = clock.now();
      let window = windows.get(keyId);
      if (!window || now - window.start >= options.windowMs) {
        window = { start: now, count: 0 };
        windows.set(keyId, window);
      }
      const allowed = window.count < options.limit;
      if (allowed) window.count += 1;
      const resetSeconds = Math.max(allowed ? 0 : 1, Math.ceil((window.start + options.windowMs - now) / 1000));
      return { limit: options.limit, remaining: options.limit - window.count, resetSeconds, allowed };
    },
  };
}

/** 429 `rate_limit_exceeded` once a key spends its window (with `Retry-After` and retry advice); `x-ratelimit-*` on every answer. */
export function rateLimitMiddleware(limiter: RateLimiter): MiddlewareHandler<RouterEnv> {
  return async (c, next) => {
    if (!limiter.options) return next();
    const state = limiter.hit(c.get("principal").id);
    if (!state.allowed) throw rateLimited(state, "this API key");
    await next();
    for (const [name, value] of Object.entries(rateLimitHeaders(state))) setHeader(c, name, value);
  };
}

/** The one bucket requests with a missing or unknown key share, so guessing keys is throttled like any traffic. */
export const UNAUTHENTICATED_BUCKET = "\u0000unauthenticated";

/** The 429 `rate_limit_exceeded` for a spent window; `who` names the bucket in the message. */
export function rateLimited(state: RateLimitState, who: string): RouterError {
  return new RouterError(429, "rate_limit_exceeded", `Rate limit exceeded for ${who}: ${state.limit} requests per window.`, {
    headers: { ...rateLimitHeaders(state), "retry-after": String(state.resetSeconds) },
    extra: { retry_after: state.resetSeconds, retry_strategy: { ...RETRY_STRATEGY } },
  });
}

/** The `x-ratelimit-*` headers for a window state. */
export function rateLimitHeaders(state: Pick<RateLimitState, "limit" | "remaining" | "resetSeconds">): Record<string, string> {
  return { "x-ratelimit-limit": String(state.limit), "x-ratelimit-remaining": String(state.remaining), "x-ratelimit-reset": String(state.resetSeconds) };
}
