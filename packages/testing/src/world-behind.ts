import type { World } from "./domain/world";

/**
 * A `World` that forwards every member to whatever `current()` returns, so a router reset can
 * swap in a fresh world while the Hono app (routes, middleware) built around it stays.
 * Members are read at use time; routes never keep a world member between requests.
 */
export function worldBehind(current: () => World): World {
  return new Proxy({} as World, {
    get: (_target, key) => Reflect.get(current(), key),
    has: (_target, key) => Reflect.has(current(), key),
  });
}
