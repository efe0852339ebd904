// Finding OpenTelemetry without depending on it: @opentelemetry/api is an optional peer, so it is
// never imported statically. Whether a provider is registered globally is read from the API's own
// global registry (a plain property lookup); the module itself is loaded by a dynamic import the
// first time a call is actually traced. The specifier is not a literal on purpose: bundlers then
// leave the import alone instead of failing the build of every app that does not install the peer
// (apps that bundle OpenTelemetry pass the module as `tracing.api` instead).
import type * as OtelApi from "@opentelemetry/api";

/** The @opentelemetry/api module. */
export type Otel = typeof OtelApi;

// Where @opentelemetry/api 1.x keeps its globals (`registerGlobal` in its internal/global-utils).
// Versioned by major, so any 1.x copy in the process shares it. Our tests register through the
// real API and check this lookup, so a change of layout fails them on upgrade.
const GLOBAL_KEY = Symbol.for("opentelemetry.js.api.1");

/** Whether a tracer provider has been registered globally (`trace.setGlobalTracerProvider`, an SDK's `register()`). */
export function globalTracerProviderRegistered(): boolean {
  const registry = (globalThis as Record<symbol, { trace?: unknown } | undefined>)[GLOBAL_KEY];
  return registry?.trace !== undefined;
}

const OTEL_API: string = "@opentelemetry/api";

let loaded: Otel | undefined;
let loading: Promise<Otel | undefined> | undefined;

/** The API module once loaded (synchronous from then on), else `undefined`. */
export function loadedOtel(): Otel | undefined {
  return loaded;
}

/**
 * Loads @opentelemetry/api once; resolves `undefined` (and reports through `onMissing`) when it is
 * not installed, so tracing turns itself off rather than failing calls.
 */
export function loadOtel(onMissing: (cause: unknown) => void): Promise<Otel | undefined> {
  loading ??= (import(/* webpackIgnore: true */ /* @vite-ignore */ OTEL_API) as Promise<Otel>).then(
    (module) => (loaded = module),
    (cause: unknown) => {
      onMissing(cause);
      return undefined;
    },
  );
  return loading;
}
