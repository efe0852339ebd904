import type { Hono } from "hono";
import { eventSeq } from "./domain/events";
import type { World } from "./domain/world";
import type { RouterEnv } from "./http/env";

/** A project's world and the app built around it. */
export interface ProjectEntry {
  readonly world: World;
  readonly app: Hono<RouterEnv>;
}

/** One world and one app per project: nothing is shared between projects. */
export interface ProjectWorlds {
  /** The project's entry, created (world seeded, app built) on first use. */
  entry(project: string): ProjectEntry;
  /** Disposes every world and builds each project afresh (a reset). */
  renew(): void;
  /** Disposes every world and forgets the projects. */
  dispose(): void;
}

/**
 * `newWorld(project, eventIdsAfter)` seeds a world whose event ids continue after the previous
 * world's of that project (never reused); `buildApp(world)` builds the app around it.
 */
export function createProjectWorlds(newWorld: (project: string, eventIdsAfter: number) => World, buildApp: (world: World) => Hono<RouterEnv>): ProjectWorlds {
  const entries = new Map<string, ProjectEntry>();
  const lastEventSeq = new Map<string, number>();
  const create = (project: string): ProjectEntry => {
    const world = newWorld(project, lastEventSeq.get(project) ?? 0);
    return { world, app: buildApp(world) };
  };
  const retire = (project: string, world: World): void => {
    lastEventSeq.set(project, eventSeq(world.events.latestId() ?? "") ?? lastEventSeq.get(project) ?? 0);
    world.dispose();
  };
  return {
    entry(project) {
      const entry = entries.get(project) ?? create(project);
      entries.set(project, entry);
      return entry;
    },
    renew() {
      for (const [project, entry] of entries) {
        retire(project, entry.world);
        entries.set(project, create(project));
      }
    },
    dispose() {
      for (const [project, entry] of entries) retire(project, entry.world);
      entries.clear();
    },
  };
}
