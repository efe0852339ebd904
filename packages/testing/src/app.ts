import { Hono } from "hono";
import { cors } from "hono/cors";
import { checkConformance, checkEventFrames } from "./conformance/middleware";
import type { Conformance } from "./conformance/recorder";
import { registerControlRoutes, type ControlTarget } from "./control/routes";
import type { FaultRegistry } from "./faults/injector";
import { injectFaults } from "./faults/middleware";
import type { ApiKeyStore } from "./http/api-keys";
import { authenticate, authorize } from "./http/auth";
import { bodyLimits, type BodyLimits } from "./http/body";
import type { RouterEnv } from "./http/env";
import { renderError, renderNotFound } from "./http/errors";
import type { Idempotency } from "./http/idempotency";
import { rateLimitMiddleware, type RateLimiter } from "./http/rate-limit";
import { requestIdMiddleware } from "./http/request-id";
import { isControlPath } from "./http/request-path";

/** Everything the HTTP layer is built from. */
export interface AppParts {
  apiKeys: ApiKeyStore;
  rateLimit: RateLimiter;
  idempotency: Idempotency;
  faults: FaultRegistry;
  conformance: Conformance;
  control: ControlTarget;
  /** Request body limits (API and control plane). */
  bodyLimits: BodyLimits;
  /** When set, `/_router/*` requires it in `x-router-control-token`. */
  controlToken?: string;
  /** Mounts the spec's operations under `/:project/v1/...`. */
  mountRoutes(app: Hono<RouterEnv>): void;
  /** Called with an unexpected exception before it is answered as a 500. */
  onUnexpectedError(error: unknown, requestId: string): void;
}

/** CORS for browser code on the API (Hono's): any origin, the SDK's request headers, the correlation and rate-limit headers exposed. */
const apiCors = cors({
  origin: "*",
  allowMethods: ["GET", "POST", "PATCH", "DELETE", "OPTIONS"],
  // Every header the SDK sends; retries add x-xerotier-retry-count.
  allowHeaders: ["Authorization", "Content-Type", "Idempotency-Key", "Last-Event-ID", "x-request-id", "x-xerotier-retry-count", "Cache-Control", "traceparent", "tracestate"],
  exposeHeaders: ["x-request-id", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset", "idempotent-replayed"],
  maxAge: 600,
});

/**
 * The router's Hono app (one for every project), middleware outermost first: conformance, request id, CORS (API only, preflights
 * before auth), the control plane, faults, then under `/:project/v1` auth, rate limit, scopes, body limits, idempotency, frame checks, routes.
 */
export function buildApp(parts: AppParts): Hono<RouterEnv> {
  const app = new Hono<RouterEnv>();
  app.onError(renderError(parts.onUnexpectedError));
  app.notFound(renderNotFound());

  app.use("*", checkConformance(parts.conformance));
  app.use("*", requestIdMiddleware());
  app.use("*", (c, next) => (isControlPath(c.req.raw) ? next() : apiCors(c, next)));
  registerControlRoutes(app, parts.control, { token: parts.controlToken, limits: parts.bodyLimits });
  app.use("*", injectFaults(parts.faults));
  // Liveness at the host root (the spec's) and under a project, for a client whose base URL includes it.
  for (const path of ["/healthz", "/:project/healthz"]) app.get(path, (c) => c.json({ status: "ok" }));

  const api = "/:project/v1/*";
  app.use(api, authenticate(parts.apiKeys, parts.rateLimit));
  app.use(api, rateLimitMiddleware(parts.rateLimit));
  app.use(api, authorize(parts.apiKeys));
  app.use(api, bodyLimits(parts.bodyLimits));
  app.use(api, parts.idempotency.middleware);
  app.use(api, checkEventFrames(parts.conformance));
  parts.mountRoutes(app);
  return app;
}
