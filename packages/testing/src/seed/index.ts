import type { WorldState } from "../domain/state";
import { seedDemo } from "./demo";
import { DEMO } from "./demo-ids";
import { seedOther } from "./other";

/** A built-in seed: it writes history with past timestamps straight into a new world's state. */
export type BuiltInSeed = (state: WorldState, project: string) => void;

/**
 * The built-in seed of a project. `"demo"` seeds `proj_demo` with the demo data and `proj_other`
 * with its own small world; any other project, and `"empty"`, start empty.
 */
export function builtInSeed(seed: "demo" | "empty" | undefined): BuiltInSeed {
  if (seed !== "demo") return () => {};
  return (state, project) => {
    if (project === DEMO.project) seedDemo(state);
    else if (project === DEMO.other.project) seedOther(state);
  };
}
