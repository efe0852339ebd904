// The tracing of one client: whether it is on, which tracer, and the hook the transport calls.
import type { Tracer } from "@opentelemetry/api";
import type { XerotierLogger } from "../core/transport";
import { VERSION } from "../version";
import type { CallSpec } from "../core/call-spec";
import type { CallTrace, TracingHook } from "./call-trace";
import { startCallSpan } from "./call-span";
import { globalTracerProviderRegistered, loadedOtel, loadOtel, type Otel } from "./otel-api";

/** Instrumentation scope name of the SDK's spans. */
export const TRACER_NAME = "@xerotier/api";

/**
 * A tracer provider: an OpenTelemetry `TracerProvider` fits (declared structurally so @xerotier/api's
 * types do not need @opentelemetry/api installed).
 */
export interface XerotierTracerProvider {
  getTracer(name: string, version?: string): unknown;
}

/** The `tracing` option of `createXerotierClient`. */
export interface XerotierTracingOptions {
  /** Provider of this client's spans. Default: the globally registered one, when there is one. */
  tracerProvider?: XerotierTracerProvider | undefined;
  /**
   * The `@opentelemetry/api` module (`import * as api from "@opentelemetry/api"`). Default: loaded
   * with a dynamic import on the first traced call; pass it when your app is bundled, since the
   * SDK's import of an optional peer is deliberately left to the runtime.
   */
  api?: unknown;
  /** `false` turns tracing off for this client even with a global provider. Default `true`. */
  enabled?: boolean | undefined;
}

/** One client's tracing: the transport's hook, and what `withSpan` needs. */
export interface ClientTracing {
  hook: TracingHook;
  /** Whether a provider is there now (synchronous, so an untraced `withSpan` costs no await). */
  active(): boolean;
  /** The API and this client's tracer when tracing is on now; `undefined` when off. */
  resolve(): Promise<{ otel: Otel; tracer: Tracer } | undefined>;
}

/** The tracing of a client, or `undefined` when it is turned off. Costs one property lookup per call while no provider exists. */
export function createClientTracing(
  options: XerotierTracingOptions | undefined,
  logger: XerotierLogger | undefined,
): ClientTracing | undefined {
  if (options?.enabled === false) return undefined;
  const provider = options?.tracerProvider;
  const given = options?.api as Otel | undefined;
  const on = (): boolean => provider !== undefined || globalTracerProviderRegistered();
  const tracerOf = (otel: Otel): Tracer =>
    provider ? (provider.getTracer(TRACER_NAME, VERSION) as Tracer) : otel.trace.getTracer(TRACER_NAME, VERSION);
  const load = (): Promise<Otel | undefined> =>
    loadOtel((cause) => logger?.warn?.("xerotier: tracing is off: @opentelemetry/api could not be loaded", { error: String(cause) }));
  // Tracing must never fail a call: a provider that throws leaves this call untraced.
  const start = (otel: Otel, spec: CallSpec): CallTrace | undefined => {
    try {
      return startCallSpan(otel, tracerOf(otel), spec);
    } catch {
      return undefined;
    }
  };
  return {
    hook: (spec) => {
      if (!on()) return undefined;
      const otel = given ?? loadedOtel();
      if (otel) return start(otel, spec);
      return load().then((api) => (api ? start(api, spec) : undefined));
    },
    active: on,
    resolve: async () => {
      if (!on()) return undefined;
      const otel = given ?? loadedOtel() ?? (await load());
      return otel && { otel, tracer: tracerOf(otel) };
    },
  };
}
