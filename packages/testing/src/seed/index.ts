import type { WorldState } from "../domain/state";
import type { World } from "../domain/world";
import { seedDemo } from "./demo";
import { DEMO } from "./demo-ids";
import { seedEmpty } from "./empty";
import { seedOther } from "./other";

/**
 * Fills a new world. Most seeds only need the `World` (workspaces.create, joinKeys.create,
 * enrollAgent, invocations.create, …); `state` allows writing history with past timestamps.
 * Each project has its own world: the seed runs once per project, with its id.
 */
export type SeedFn = (world: World, state: WorldState, project: string) => void;

/**
 * The seed function for a `seed` option. `"demo"` seeds `proj_demo` with the demo data and
 * `proj_other` with its own small world; any other project starts empty.
 */
export function resolveSeed(seed: "demo" | "empty" | SeedFn | undefined): SeedFn {
  if (typeof seed === "function") return seed;
  if (seed !== "demo") return seedEmpty;
  return (world, state, project) => {
    if (project === DEMO.project) seedDemo(world, state, project);
    else if (project === DEMO.other.project) seedOther(world, state, project);
  };
}
