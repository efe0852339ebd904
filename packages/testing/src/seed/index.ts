import type { WorldState } from "../domain/state";
import type { World } from "../domain/world";
import { seedDemo } from "./demo";
import { DEMO } from "./demo-ids";
import { seedOther } from "./other";

/** What a seed function is told besides the world it fills. */
export interface SeedContext {
  /** The project whose world this is (each project has its own world; the seed runs once per project). */
  readonly project: string;
}

/**
 * Fills a new world through its public helpers (workspaces.create, joinKeys.create, enrollAgent,
 * invocations.create, scenario.requestApproval, …), once per project.
 *
 * @example
 * createRouter({ seed: (world, { project }) => { if (project === "proj_demo") world.workspaces.create({ id: "ws_lab", name: "lab" }); } });
 */
export type SeedFn = (world: World, context: SeedContext) => void;

/** The built-in seeds also write history with past timestamps, so they get the world's state. */
export type BuiltInSeed = (world: World, state: WorldState, project: string) => void;

const seedNothing: BuiltInSeed = () => {};

/**
 * The seed for a `seed` option. `"demo"` seeds `proj_demo` with the demo data and `proj_other`
 * with its own small world; any other project starts empty. A user's function sees only the world
 * and a {@link SeedContext}.
 */
export function resolveSeed(seed: "demo" | "empty" | SeedFn | undefined): BuiltInSeed {
  if (typeof seed === "function") return (world, _state, project) => seed(world, { project });
  if (seed !== "demo") return seedNothing;
  return (world, state, project) => {
    if (project === DEMO.project) seedDemo(world, state, project);
    else if (project === DEMO.other.project) seedOther(world, state, project);
  };
}
