// Spans around work that spans several calls (a stream reconnect, a wait), for the helper packages.
import type { ClientTracing } from "./client-tracing";

// A registry key on the client itself, not a module-level WeakMap: the CJS builds of `@xerotier/api`
// and `@xerotier/api/internal` are separate module copies, and both must see the same tracing.
const TRACING = Symbol.for("xerotier.api.client-tracing");

/** Ties a client to its tracing (done by `createXerotierClient`); the property is hidden from keys and JSON. */
export function registerClientTracing(client: object, tracing: ClientTracing | undefined): void {
  if (tracing) Object.defineProperty(client, TRACING, { value: tracing, enumerable: false });
}

function tracingOf(client: object): ClientTracing | undefined {
  return (client as { [TRACING]?: ClientTracing })[TRACING];
}

/** Span attributes: plain values only, so no OpenTelemetry type appears in our declarations. */
export type SpanAttributeValues = Record<string, string | number | boolean>;

/** What the work inside {@link withSpan} may add to its span once it knows more (a no-op when untraced). */
export interface SpanNotes {
  /** Sets one attribute on the span. */
  set(key: string, value: string | number | boolean): void;
}

/** The notes of untraced work: every attribute goes nowhere. */
export const UNTRACED: SpanNotes = { set: () => undefined };

/**
 * Runs `fn` inside an INTERNAL span named `name` when `client` traces, so the client calls it makes
 * become the span's children; when tracing is off it just runs `fn` (no await, no allocation).
 * A rejection sets the span's status to error, with `error.type` = the error's name, and is
 * rethrown. Tracing never fails the work: a provider that throws leaves it untraced.
 *
 * @example
 * ```ts
 * await withSpan(client, "xerotier.events.reconnect", { "xerotier.stream.attempt": 2 }, () => connect());
 * ```
 */
export function withSpan<T>(client: object, name: string, attributes: SpanAttributeValues, fn: (notes: SpanNotes) => Promise<T>): Promise<T> {
  const tracing = tracingOf(client);
  if (!tracing?.active()) return fn(UNTRACED);
  return tracing.resolve().then(
    (resolved) => (resolved ? inSpan(resolved, name, attributes, fn) : fn(UNTRACED)),
    () => fn(UNTRACED),
  );
}

type Resolved = NonNullable<Awaited<ReturnType<ClientTracing["resolve"]>>>;

/** Runs `fn` as the active span `name`, ending it with `fn`'s outcome. */
function inSpan<T>({ otel, tracer }: Resolved, name: string, attributes: SpanAttributeValues, fn: (notes: SpanNotes) => Promise<T>): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn({ set: (key, value) => span.setAttribute(key, value) });
    } catch (error) {
      span.setAttribute("error.type", error instanceof Error ? error.name : "unknown");
      span.setStatus({ code: otel.SpanStatusCode.ERROR, message: error instanceof Error ? error.name : undefined });
      throw error;
    } finally {
      span.end();
    }
  });
}
