import type { WorldState } from "../domain/state";
import type { World } from "../domain/world";
import { seedDemo } from "./demo";
import { seedEmpty } from "./empty";

/**
 * Fills a new world. Most seeds only need the `World` (workspaces.create, joinKeys.create,
 * enrollAgent, invocations.create, …); `state` allows writing history with past timestamps.
 */
export type SeedFn = (world: World, state: WorldState) => void;

/** The seed function for a `seed` option. */
export function resolveSeed(seed: "demo" | "empty" | SeedFn | undefined): SeedFn {
  if (typeof seed === "function") return seed;
  return seed === "demo" ? seedDemo : seedEmpty;
}
