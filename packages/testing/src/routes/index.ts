import type { Hono } from "hono";
import type { RouterEnv } from "../http/env";
import type { World } from "../domain/world";
import { registerAgentRoutes } from "./agents";
import { registerApprovalRoutes } from "./approvals";
import { registerArtifactRoutes } from "./artifacts";
import { registerEventRoutes, type EventStreamRouteOptions } from "./events";
import { registerInvocationRoutes } from "./invocations";
import { registerJoinKeyRoutes } from "./join-keys";
import { registerToolRoutes } from "./tools";
import { registerWorkspaceRoutes } from "./workspaces";

export type { EventStreamRouteOptions } from "./events";

/** Options of {@link registerRoutes}: settings and fault injection of `GET /v1/exec/events`. */
export type RouteOptions = EventStreamRouteOptions;

/**
 * Mounts every operation of the spec under `/:project/v1/…` (`GET /healthz` belongs to the
 * HTTP layer). Routes ignore the project segment and scopes (the HTTP layer's auth
 * middleware checks both) and throw `RouterError` for error answers (the HTTP layer renders the
 * envelope). The caller's audit actor is `c.get("principal").actor`.
 *
 * @example
 * const app = new Hono<RouterEnv>();
 * registerRoutes(app, createWorld({ clock: createManualClock(), seed: "demo" }));
 */
export function registerRoutes(app: Hono<RouterEnv>, world: World, options: RouteOptions = {}): void {
  const prefix = "/:project/v1";
  registerToolRoutes(app, world, prefix);
  registerInvocationRoutes(app, world, prefix);
  registerApprovalRoutes(app, world, prefix);
  registerEventRoutes(app, world, prefix, options);
  registerAgentRoutes(app, world, prefix);
  registerJoinKeyRoutes(app, world, prefix);
  registerWorkspaceRoutes(app, world, prefix);
  registerArtifactRoutes(app, world, prefix);
}
