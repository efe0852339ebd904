// Test helpers for the event stream: in-memory SSE responses and a scripted opener.
import { EventStreamError } from "../errors";
import type { EventStream, EventStreamOpenContext, EventStreamOpener } from "../stream-options";
import type { EventStreamItem } from "../types";
import { event, type TestEvent } from "./factories";

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

/** Builds the SSE frame the Xerotier server sends for one envelope. */
export function frame(envelope: { id: string; type: string }, options: { eventName?: string } = {}): string {
  return `id: ${envelope.id}\nevent: ${options.eventName ?? envelope.type}\ndata: ${JSON.stringify(envelope)}\n\n`;
}

/**
 * A valid event with the given id (type default exec.completed); `data` defaults to a valid
 * object for the type (see {@link event}), so known types pass validation.
 */
export function envelope(id: string, type = "exec.completed", data?: Record<string, unknown>): TestEvent {
  return event(type, data, { id });
}

/** A 200 text/event-stream Response that emits `chunks` as given, then ends. */
export function sseResponse(chunks: readonly (string | Uint8Array)[], headers: HeadersInit = {}): Response {
  const queue = chunks.map((chunk) => (typeof chunk === "string" ? utf8(chunk) : chunk));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = queue.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(next);
    },
  });
  return new Response(body, { status: 200, headers: { "content-type": "text/event-stream", ...headers } });
}

/** A live SSE response the test writes to: `push` text, then `end` or `fail` the connection. */
export interface LiveResponse {
  response: Response;
  push(text: string): void;
  end(): void;
  fail(error: unknown): void;
  /** True once the stream cancelled the body (the connection was torn down). */
  readonly cancelled: boolean;
}

/** Creates a {@link LiveResponse}. */
export function liveResponse(): LiveResponse {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
    },
    cancel() {
      cancelled = true;
    },
  });
  const swallow = (action: () => void): void => {
    try {
      action();
    } catch {
      // the stream already cancelled the body
    }
  };
  return {
    response: new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } }),
    push: (text) => swallow(() => controller.enqueue(utf8(text))),
    end: () => swallow(() => controller.close()),
    fail: (error) => swallow(() => controller.error(error)),
    get cancelled() {
      return cancelled;
    },
  };
}

/** One scripted connection: a Response, a thrown error, or a function producing either. */
export type ScriptStep = Response | { throws: unknown } | ((context: EventStreamOpenContext) => Promise<Response> | Response);

/**
 * An opener that plays `steps` in order and records every context it was called with.
 * After the script runs out it answers 204 ("do not reconnect"): the stream ends with the typed
 * `no_content` error, which {@link collect} takes as the end of the script.
 */
export function scriptedOpener(steps: readonly ScriptStep[]): EventStreamOpener & { calls: EventStreamOpenContext[] } {
  const calls: EventStreamOpenContext[] = [];
  let index = 0;
  const open = async (context: EventStreamOpenContext): Promise<Response> => {
    calls.push({ ...context });
    const step = steps[index];
    index += 1;
    if (step === undefined) return new Response(null, { status: 204 });
    if (step instanceof Response) return step;
    if (typeof step === "function") return step(context);
    throw step.throws;
  };
  return Object.assign(open, { calls });
}

/**
 * Drains a stream into an array, bounded so a bug cannot hang the test run. The server's 204
 * (`no_content`, how a scripted opener ends its script) ends it; any other error is thrown.
 */
export async function collect(stream: EventStream, max = 10_000): Promise<EventStreamItem[]> {
  const items: EventStreamItem[] = [];
  try {
    for await (const item of stream) {
      items.push(item);
      if (items.length >= max) throw new Error(`collect: more than ${max} items`);
    }
  } catch (error) {
    if (!isNoContent(error)) throw error;
  }
  return items;
}

/** True for the typed end of a stream whose server answered 204 No Content. */
export function isNoContent(error: unknown): boolean {
  return error instanceof EventStreamError && error.reason === "no_content";
}

/** An error shaped like the HTTP client's typed errors. */
export function httpError(status: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`HTTP ${status}`), { status, ...extra });
}
