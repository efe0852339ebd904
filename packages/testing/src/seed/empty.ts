import type { SeedFn } from "./index";

/** The `empty` seed: no workspaces, agents, keys or history. Add them with the world's helpers. */
export const seedEmpty: SeedFn = () => {};
