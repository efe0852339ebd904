import { readUpTo } from "@xerotier/api/internal";
import { linkedController } from "../util";
import { SinkDeliveryError, type SinkName } from "./errors";

/** The `fetch` a sink calls; inject one for proxies, tests or other runtimes. */
export type SinkFetch = (input: string, init: RequestInit) => Promise<Response>;

/** Longest body read back from a provider (for its status message), in bytes. */
const MAX_RESPONSE_BYTES = 4_096;

/** One POST of a ready-made body. */
export interface SinkRequest {
  sink: SinkName;
  fetch: SinkFetch | undefined;
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

/** What came back from a 2xx. */
export interface SinkResponse {
  status: number;
  /** The start of the body (at most 4 KiB). */
  text: string;
}

/**
 * POSTs with a timeout covering connect, headers and body, and turns every failure into a
 * {@link SinkDeliveryError} (no URL in it: a Slack webhook URL is a secret). An abort of `signal`
 * rejects with its reason instead, so a stopping notifier is not mistaken for a failing sink.
 */
export async function postToSink(request: SinkRequest): Promise<SinkResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const controller = linkedController(request.signal, timeout);
  const doFetch = request.fetch ?? ((input, init) => globalThis.fetch(input, init));
  try {
    const response = await doFetch(request.url, { method: "POST", body: request.body, headers: request.headers, signal: controller.signal });
    const text = await readBounded(response);
    if (response.status >= 200 && response.status < 300) return { status: response.status, text };
    const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
    throw new SinkDeliveryError(request.sink, `HTTP ${response.status}${text ? `: ${oneLine(text)}` : ""}`, { status: response.status, isRetryable: retryable });
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

async function readBounded(response: Response): Promise<string> {
  return new TextDecoder().decode((await readUpTo(response.body, MAX_RESPONSE_BYTES)).bytes);
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
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
