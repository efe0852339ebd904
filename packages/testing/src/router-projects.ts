import type { Hono } from "hono";
import { eventSeq } from "./domain/events";
import type { World } from "./domain/world";
import type { RouterEnv } from "./http/env";
import { worldBehind } from "./world-behind";

/** A project's world and the app built once around it. */
export interface ProjectEntry {
  /** The current world (a reset replaces it). */
  readonly world: World;
  readonly app: Hono<RouterEnv>;
}

/** One world and one app per project: nothing is shared between projects. */
export interface ProjectWorlds {
  /** The project's entry, created (world seeded, app built) on first use. */
  entry(project: string): ProjectEntry;
  /** Disposes every world and puts a freshly seeded one behind each existing app. */
  renew(): void;
  /** Disposes every world and forgets the projects. */
  dispose(): void;
}

/**
 * `newWorld(project, eventIdsAfter)` seeds a world whose event ids continue after the previous
 * world's of that project (never reused); `buildApp(world)` builds the app around a world that
 * forwards to the current one.
 */
export function createProjectWorlds(
  newWorld: (project: string, eventIdsAfter: number) => World,
  buildApp: (world: World) => Hono<RouterEnv>,
): ProjectWorlds {
  const slots = new Map<string, { world: World; app: Hono<RouterEnv> }>();
  const lastEventSeq = new Map<string, number>();

  const retire = (project: string, world: World): void => {
    lastEventSeq.set(project, eventSeq(world.events.latestId() ?? "") ?? lastEventSeq.get(project) ?? 0);
    world.dispose();
  };

  return {
    entry(project) {
      let slot = slots.get(project);
      if (!slot) {
        const created: { world: World; app?: Hono<RouterEnv> } = { world: newWorld(project, lastEventSeq.get(project) ?? 0) };
        created.app = buildApp(worldBehind(() => created.world));
        slot = created as { world: World; app: Hono<RouterEnv> };
        slots.set(project, slot);
      }
      return slot;
    },
    renew() {
      for (const [project, slot] of slots) {
        retire(project, slot.world);
        slot.world = newWorld(project, lastEventSeq.get(project) ?? 0);
      }
    },
    dispose() {
      for (const [project, slot] of slots) retire(project, slot.world);
      slots.clear();
    },
  };
}
