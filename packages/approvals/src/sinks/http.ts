import { bodyExcerpt, readUpTo } from "@xerotier/api/internal";
import { linkedController } from "../util";
import { SinkDeliveryError, type SinkName } from "./errors";

/** The `fetch` a sink calls; inject one for proxies, tests or other runtimes. */
export type SinkFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Longest body read back from a provider (for its status message), in bytes. */
const MAX_RESPONSE_BYTES = 4_096;
/** Same-origin 307/308 hops followed before giving up. */
const MAX_REDIRECTS = 3;

/** One POST of a ready-made body. */
export interface SinkRequest {
  sink: SinkName;
  fetch: SinkFetch | undefined;
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** Values to redact from anything the provider answers (keys, tokens, a secret URL's parts). */
  secrets: readonly string[];
}

/** What came back from a 2xx. */
export interface SinkResponse {
  status: number;
  /** The start of the body (at most 4 KiB). */
  text: string;
}

/**
 * POSTs with a timeout covering connect, headers and body, and turns every failure into a
 * {@link SinkDeliveryError} (no URL in it: a Slack webhook URL is a secret; the provider's answer
 * only as a short excerpt with `secrets` redacted). Redirects are not left to `fetch`: a 307/308
 * to the same origin is followed (at most 3 hops, same method and body), anything else (another
 * origin, or a 301/302/303 that would turn the POST into a GET) is refused, so a routing key or
 * signed body never travels to a host it was not configured for. An abort of `signal` rejects
 * with its reason instead, so a stopping notifier is not mistaken for a failing sink.
 */
export async function postToSink(request: SinkRequest): Promise<SinkResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const controller = linkedController(request.signal, timeout);
  const doFetch = request.fetch ?? ((input, init) => globalThis.fetch(input, init));
  try {
    let url = request.url;
    for (let hop = 0; ; hop += 1) {
      const response = await doFetch(url, { method: "POST", body: request.body, headers: request.headers, signal: controller.signal, redirect: "manual" });
      if (!isRedirect(response)) return await settle(request, response);
      await response.body?.cancel().catch(() => undefined);
      url = sameOriginTarget(request.sink, response, url, hop);
    }
  } catch (error) {
    if (error instanceof SinkDeliveryError) throw error;
    if (request.signal?.aborted) throw request.signal.reason;
    const detail = timeout.aborted ? `no answer within ${request.timeoutMs} ms` : "the request failed";
    throw new SinkDeliveryError(request.sink, detail, { isRetryable: true, cause: error });
  } finally {
    controller.abort();
    controller.dispose();
  }
}

// A browser's fetch hides a manual redirect behind status 0 and type "opaqueredirect".
const isRedirect = (response: Response) => (response.status >= 300 && response.status < 400) || response.type === "opaqueredirect";

/** Where a followable redirect goes; throws for every other redirect. The target is never named: it may be anyone's. */
function sameOriginTarget(sink: SinkName, response: Response, from: string, hop: number): string {
  const refuse = (why: string) => new SinkDeliveryError(sink, `HTTP ${response.status}: ${why}, not followed`, { status: response.status, isRetryable: false });
  const location = response.headers.get("location");
  let target: URL | undefined;
  try {
    target = location === null ? undefined : new URL(location, from);
  } catch {
    target = undefined;
  }
  if (target === undefined) throw refuse("redirect without a usable Location");
  if (target.origin !== new URL(from).origin) throw refuse("redirect to another origin");
  if (response.status !== 307 && response.status !== 308) throw refuse("redirect that would turn the POST into a GET");
  if (hop >= MAX_REDIRECTS) throw refuse("too many redirects");
  return target.href;
}

async function settle(request: SinkRequest, response: Response): Promise<SinkResponse> {
  const text = new TextDecoder().decode((await readUpTo(response.body, MAX_RESPONSE_BYTES)).bytes);
  if (response.status >= 200 && response.status < 300) return { status: response.status, text };
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
  const excerpt = bodyExcerpt(text, request.secrets);
  throw new SinkDeliveryError(request.sink, `HTTP ${response.status}${excerpt ? `: ${excerpt}` : ""}`, { status: response.status, isRetryable: retryable });
}

/** What of a secret URL must never be echoed back: the whole of it, its path and each path segment and query value. */
export function urlSecrets(url: string): string[] {
  const parsed = new URL(url);
  return [url, `${parsed.pathname}${parsed.search}`, ...parsed.pathname.split("/"), ...parsed.searchParams.values()].filter((part) => part !== "");
}

/** Checks a sink timeout: 1 ms to 2 minutes. */
export function checkTimeoutMs(timeoutMs: number): number {
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 120_000) {
    throw new RangeError(`timeoutMs must be an integer between 1 and 120000; got ${String(timeoutMs)}.`);
  }
  return timeoutMs;
}

/** Cuts `text` to `max` characters, marking the cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
