import type { Hono } from "hono";
import type { World } from "../domain/world";
import type { RouterEnv } from "../http/env";
import type { EventStreamSettings } from "../sse/event-stream";
import { registerExecRoutes } from "./exec";
import { registerManagementRoutes } from "./management";
import { registerWorkspaceRoutes } from "./workspaces";

/** Options of {@link registerRoutes}: the timing and buffer of `GET /v1/exec/events`. */
export type RouteOptions = EventStreamSettings;

/** Mounts the spec's operations: {@link registerRoutes}, or a route set around it (fixtures) or instead of it (tests of the HTTP layer). */
export type MountRoutes = (app: Hono<RouterEnv>, world: World, options: RouteOptions) => void;

/**
 * Mounts every operation of the spec under `/:project/v1/…` (`GET /healthz` belongs to the
 * HTTP layer). Routes ignore the project segment and scopes (the HTTP layer's auth
 * middleware checks both), check request bodies against the spec and throw `RouterError` for
 * error answers (the HTTP layer renders the envelope). The caller's audit actor is `c.get("principal").actor`.
 *
 * @example
 * const app = new Hono<RouterEnv>();
 * registerRoutes(app, createWorld({ clock: createManualClock(), seed: "demo" }));
 */
export function registerRoutes(app: Hono<RouterEnv>, world: World, options: RouteOptions = {}): void {
  const prefix = "/:project/v1";
  registerExecRoutes(app, world, prefix, options);
  registerManagementRoutes(app, world, prefix);
  registerWorkspaceRoutes(app, world, prefix);
}
