import { Hono } from "hono";
import { sseTapMiddleware } from "../conformance/middleware";
import type { Conformance } from "../conformance/recorder";
import { faultMiddleware } from "../faults/middleware";
import type { FaultRegistry } from "../faults/injector";
import type { ApiKeyStore } from "./api-keys";
import { authenticate } from "./auth";
import { authorize } from "./authorize";
import { registerControlRoutes, CONTROL_PREFIX, type ControlTarget } from "./control";
import { corsMiddleware } from "./cors";
import { bodyLimits, type BodyLimits } from "./body-limits";
import { controlGuard } from "./control-guard";
import type { RouterEnv } from "./env";
import { renderError, renderNotFound } from "./errors";
import { registerHealth } from "./health";
import type { Idempotency } from "./idempotency";
import { rateLimitMiddleware, type RateLimiter } from "./rate-limit";
import { requestIdMiddleware } from "./request-id";
import { routedPath } from "./request-path";

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
  /** Marks a request whose response is a deliberate fault (skipped by conformance). */
  markInjected(request: Request): void;
  /** Called with an unexpected exception before it is answered as a 500. */
  onUnexpectedError(error: unknown, requestId: string): void;
}

/**
 * The router's Hono app. Middleware order, outermost first, each in its own file:
 * request id → CORS (API only) → control guard → faults → (under `/:project/v1`) authenticate → rate limit →
 * authorize (project, scope) → body limits → idempotency → conformance tap for event streams → routes.
 */
export function buildApp(parts: AppParts): Hono<RouterEnv> {
  const app = new Hono<RouterEnv>();
  app.onError(renderError(parts.onUnexpectedError));
  app.notFound(renderNotFound());

  app.use("*", requestIdMiddleware());
  app.use("*", corsMiddleware(CONTROL_PREFIX));
  app.use("*", controlGuard(CONTROL_PREFIX, parts.controlToken));
  app.use(`${CONTROL_PREFIX}/*`, bodyLimits(parts.bodyLimits));
  registerControlRoutes(app, parts.control);
  const faults = faultMiddleware(parts.faults, parts.markInjected);
  app.use("*", (c, next) => (routedPath(c.req.raw).startsWith(`${CONTROL_PREFIX}/`) ? next() : faults(c, next)));
  registerHealth(app);

  const api = "/:project/v1/*";
  app.use(api, authenticate(parts.apiKeys, parts.rateLimit));
  app.use(api, rateLimitMiddleware(parts.rateLimit));
  app.use(api, authorize(parts.apiKeys));
  app.use(api, bodyLimits(parts.bodyLimits));
  app.use(api, parts.idempotency.middleware);
  app.use(api, sseTapMiddleware(parts.conformance));
  parts.mountRoutes(app);
  return app;
}
