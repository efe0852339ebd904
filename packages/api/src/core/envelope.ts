import type { components } from "../generated/schema";
import { isErrorCode, isRetryStrategy } from "../generated/validators";
import { secondsToRetryAfterMs } from "./retry-after";

/** A machine-readable error code: the spec's known codes, or any other string (an open enum). */
export type XerotierErrorCode = components["schemas"]["ErrorCode"];

/** How the server suggests retrying a 429, exactly as it appears in the envelope. */
export type RetryStrategy = components["schemas"]["RetryStrategy"];

/** The fields of an error envelope that the SDK understood; every field but `message` may be missing. */
export interface ParsedErrorEnvelope {
  message: string;
  type: string | undefined;
  code: XerotierErrorCode | undefined;
  param: string | undefined;
  retryAfterMs: number | undefined;
  retryStrategy: RetryStrategy | undefined;
}

/** Rate-limit state parsed from the `x-ratelimit-*` headers; a field is `undefined` when absent or invalid. */
export interface RateLimitInfo {
  /** Requests allowed per window for this key (`x-ratelimit-limit`). */
  limit: number | undefined;
  /** Requests left in the current window (`x-ratelimit-remaining`). */
  remaining: number | undefined;
  /** Seconds until the window resets (`x-ratelimit-reset`). */
  resetSeconds: number | undefined;
}



/**
 * Reads `{ "error": { message, type, code, … } }` from a response body. Each field is checked
 * against the generated schema on its own, so one odd field (say a fractional `retry_after` from
 * a proxy) loses only that field, never the `code` that decides whether to retry. Returns
 * `undefined` unless the body is JSON with an `error.message` string.
 */
export function parseErrorEnvelope(bodyText: string | undefined): ParsedErrorEnvelope | undefined {
  // Cheap pre-check: HTML pages and empty bodies never reach JSON.parse.
  if (bodyText === undefined || !bodyText.trimStart().startsWith("{")) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  const error = isRecord(json) ? json.error : undefined;
  if (!isRecord(error) || typeof error.message !== "string") return undefined;
  return {
    message: error.message,
    type: typeof error.type === "string" ? error.type : undefined,
    code: isErrorCode(error.code) ? (error.code as XerotierErrorCode) : undefined,
    param: typeof error.param === "string" ? error.param : undefined,
    retryAfterMs: secondsToRetryAfterMs(error.retry_after),
    retryStrategy: isRetryStrategy(error.retry_strategy) ? (error.retry_strategy as RetryStrategy) : undefined,
  };
}

/** Parses `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (non-negative numbers). */
export function parseRateLimitHeaders(headers: Headers): RateLimitInfo {
  return {
    limit: nonNegative(headers.get("x-ratelimit-limit")),
    remaining: nonNegative(headers.get("x-ratelimit-remaining")),
    resetSeconds: nonNegative(headers.get("x-ratelimit-reset")),
  };
}

function nonNegative(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+(?:\.\d+)?\s*$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
