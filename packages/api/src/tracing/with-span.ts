// Spans around work that spans several calls (a stream reconnect, a wait), for the helper packages.
import type { Attributes } from "@opentelemetry/api";
import type { ClientTracing } from "./client-tracing";

const TRACING = new WeakMap<object, ClientTracing>();

/** Ties a client to its tracing (done by `createXerotierClient`). */
export function registerClientTracing(client: object, tracing: ClientTracing | undefined): void {
  if (tracing) TRACING.set(client, tracing);
}

/**
 * Runs `fn` inside an INTERNAL span named `name` when `client` traces, so the client calls it makes
 * become the span's children; when tracing is off it just runs `fn`. A rejection sets the span's
 * status to error, with `error.type` = the error's name, and is rethrown.
 *
 * @example
 * ```ts
 * await withSpan(client, "xerotier.events.reconnect", { "xerotier.attempt": 2 }, () => connect());
 * ```
 */
export async function withSpan<T>(client: object, name: string, attributes: Attributes, fn: () => Promise<T>): Promise<T> {
  const resolved = await TRACING.get(client)?.resolve();
  if (!resolved) return fn();
  const { otel, tracer } = resolved;
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn();
    } catch (error) {
      span.setAttribute("error.type", error instanceof Error ? error.name : "unknown");
      span.setStatus({ code: otel.SpanStatusCode.ERROR, message: error instanceof Error ? error.name : undefined });
      throw error;
    } finally {
      span.end();
    }
  });
}
