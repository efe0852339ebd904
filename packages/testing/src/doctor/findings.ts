import type { PathFinding } from "./strict-reading";
import type { Finding } from "./types";

/** Distinct findings kept per operation or wire check; more are counted into the ones kept. */
export const MAX_DISTINCT_FINDINGS = 200;

/** Findings of one operation or check, as the report shows them: array indices collapsed to `[]`, repeats counted. */
export interface FindingTally {
  /** Adds findings seen in one answer (or frame); `context` names that answer when it is not the success body. */
  add(findings: readonly PathFinding[], context?: string): void;
  /** The findings so far, in the order first seen. */
  list(): Finding[];
}

/** Creates an empty {@link FindingTally}. */
export function createFindingTally(): FindingTally {
  const byKey = new Map<string, Finding>();
  return {
    add(findings, context) {
      for (const found of findings) {
        const path = found.path.replace(/\[\d+\]/g, "[]");
        const key = [context ?? "", path, found.kind].join("\u0000");
        const known = byKey.get(key);
        if (known) {
          known.count += 1;
          known.sdkDepends ||= found.sdkDepends;
        } else if (byKey.size < MAX_DISTINCT_FINDINGS) {
          byKey.set(key, { ...found, path, count: 1, ...(context !== undefined ? { context } : {}) });
        }
      }
    },
    list: () => [...byKey.values()].map((finding) => ({ ...finding })),
  };
}

/** A finding about a wire behaviour (header, status, frame) rather than a body field. */
export function behaviour(path: string, expected: string, received: string, sdkDepends = true): PathFinding {
  return { path, kind: "behaviour", expected, received, sdkDepends };
}
