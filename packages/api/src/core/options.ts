import { XerotierConfigError } from "../errors";
import { VERSION } from "../version";
import { resolveEndpoint } from "./base-url";
import {
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER_MS,
  DEFAULT_TIMEOUT_MS,
  type FetchLike,
  type RetryInfo,
  type RetryingFetchOptions,
  type XerotierLogger,
} from "./transport";
import type { XerotierTracingOptions } from "../tracing/client-tracing";

/** The SDK's own `User-Agent` product token; `userAgent` is appended to it. */
export const DEFAULT_USER_AGENT = `xerotier-sdk-typescript/${VERSION}`;

/**
 * Options of `createXerotierClient`. Only `apiKey` and `project` are required, and both fall back
 * to environment variables.
 */
export interface XerotierClientOptions
  extends Pick<RetryingFetchOptions, "fetch" | "maxRetries" | "timeoutMs" | "deadlineMs" | "maxRetryAfterMs" | "onRetry" | "logger"> {
  /**
   * API origin (`https://api.xerotier.ai`), or the project-scoped URL (`https://api.xerotier.ai/proj_abc123`,
   * `…/<project>/v1`), which also gives the project. Default `XEROTIER_BASE_URL`, else `https://api.xerotier.ai`.
   */
  baseUrl?: string;
  /**
   * Project external id (`proj_abc123`) or slug. Default: the project the base URL names, else
   * `XEROTIER_PROJECT`. A project that disagrees with the base URL's is a `XerotierConfigError`.
   */
  project?: string;
  /** API key (`xero_<project>_<random>`), sent as a bearer token. Default `XEROTIER_API_KEY`. */
  apiKey?: string;
  /** Appended to the default `User-Agent`, e.g. `"my-bot/1.2"`. */
  userAgent?: string;
  /** Extra headers for every request; a header set on a single call wins. */
  headers?: HeadersInit;
  /**
   * OpenTelemetry tracing: a CLIENT span per call and a `traceparent` on every attempt. On by
   * default whenever a tracer provider is registered globally; needs `@opentelemetry/api` installed.
   */
  tracing?: XerotierTracingOptions;
}

/** Options after defaults, environment fallback and validation. */
export interface ResolvedClientOptions {
  apiKey: string;
  project: string;
  /** API origin without the project, no trailing slash. */
  baseUrl: string;
  /** `${baseUrl}/${encodeURIComponent(project)}`: what every `/v1/...` path is appended to. */
  projectUrl: string;
  fetch: FetchLike | undefined;
  maxRetries: number;
  timeoutMs: number;
  deadlineMs: number | undefined;
  maxRetryAfterMs: number;
  onRetry: ((info: RetryInfo) => void | Promise<void>) | undefined;
  logger: XerotierLogger | undefined;
  userAgent: string;
  headers: Headers;
}

/** Reads an environment variable on Node, Bun and Deno; `undefined` in browsers or without permission. */
export function readEnv(name: string): string | undefined {
  const g = globalThis as {
    process?: { env?: Record<string, string | undefined> };
    Deno?: { env?: { get?(key: string): string | undefined } };
  };
  try {
    const value = g.process?.env?.[name] ?? g.Deno?.env?.get?.(name);
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  } catch {
    return undefined; // Deno without --allow-env throws
  }
}

/**
 * Applies environment fallbacks and defaults, and validates every option, throwing a
 * {@link XerotierConfigError} that names both the option and the environment variable.
 */
export function resolveClientOptions(options: XerotierClientOptions = {}): ResolvedClientOptions {
  const apiKey = pick(options.apiKey, "XEROTIER_API_KEY");
  if (apiKey === undefined) {
    throw new XerotierConfigError(
      "Missing API key: pass `apiKey` to createXerotierClient or set XEROTIER_API_KEY.",
    );
  }
  // Never echo the key: a typo'd key in an error message ends up in logs.
  if (/[^\x21-\x7e]/.test(apiKey)) {
    throw new XerotierConfigError(
      "Invalid API key: it contains whitespace or characters not allowed in an HTTP header (check `apiKey` / XEROTIER_API_KEY).",
    );
  }
  const { baseUrl, project } = resolveEndpoint([
    { baseUrl: nonBlank(options.baseUrl), project: nonBlank(options.project), baseUrlName: "`baseUrl`", projectName: "`project`" },
    { baseUrl: readEnv("XEROTIER_BASE_URL"), project: readEnv("XEROTIER_PROJECT"), baseUrlName: "XEROTIER_BASE_URL", projectName: "XEROTIER_PROJECT" },
  ]);
  if (project === undefined) {
    throw new XerotierConfigError(
      "Missing project: pass `project` to createXerotierClient, set XEROTIER_PROJECT, or use a project-scoped base URL (https://api.xerotier.ai/proj_abc123).",
    );
  }
  if (project === "." || project === "..") {
    throw new XerotierConfigError(`Invalid project "${project}": pass a project id or slug as \`project\` or XEROTIER_PROJECT.`);
  }
  const extra = options.userAgent?.trim();
  return {
    apiKey,
    project,
    baseUrl,
    projectUrl: `${baseUrl}/${encodeURIComponent(project)}`,
    fetch: options.fetch,
    maxRetries: integer("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES, 0, 100),
    timeoutMs: positive("timeoutMs", options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    deadlineMs: options.deadlineMs === undefined ? undefined : positive("deadlineMs", options.deadlineMs),
    maxRetryAfterMs: integer("maxRetryAfterMs", options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS, 0, Infinity),
    onRetry: options.onRetry,
    logger: options.logger,
    userAgent: extra ? `${DEFAULT_USER_AGENT} ${extra}` : DEFAULT_USER_AGENT,
    headers: headersOption(options.headers),
  };
}

function pick(value: string | undefined, variable: string): string | undefined {
  return nonBlank(value) ?? readEnv(variable);
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `value` when it is an integer in `[min, max]`; otherwise throws `XerotierConfigError` naming the option. */
export function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new XerotierConfigError(`Invalid \`${name}\`: expected an integer from ${min} to ${max}, got ${String(value)}.`);
  }
  return value;
}

/** `value` when it is a finite number above 0; otherwise throws `XerotierConfigError` naming the option. */
export function positive(name: string, value: number): number {
  if (typeof value !== "number" || Number.isNaN(value) || value <= 0) {
    throw new XerotierConfigError(`Invalid \`${name}\`: expected a positive number of milliseconds, got ${String(value)}.`);
  }
  return value;
}

function headersOption(init: HeadersInit | undefined): Headers {
  try {
    return new Headers(init);
  } catch {
    // The runtime's message may quote the offending value, which could be a credential.
    throw new XerotierConfigError("Invalid `headers`: a header name or value is not allowed in HTTP.");
  }
}
