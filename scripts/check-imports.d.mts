/** One source file of a package's import graph. */
export interface GraphNode {
  /** Files it imports, relative to the package's `src/`. */
  imports: string[];
  /** Workspace packages it imports (`api`, `approvals`, ...). */
  packages: string[];
}

/** The workspace packages each package may import. */
export const PACKAGE_DEPENDENCIES: Record<string, string[]>;
/** Layers of a package, lowest first. */
export const LAYERS: Record<string, Array<{ name: string; paths: string[] }>>;
/** The import graph of `packages/<name>/src`, keyed by file relative to `src/`. */
export function importGraph(name: string, root?: string): Map<string, GraphNode>;
/** Every module cycle, each sorted. */
export function findCycles(graph: Map<string, GraphNode>): string[][];
/** Workspace-package imports the package may not make. */
export function packageViolations(name: string, graph: Map<string, GraphNode>): string[];
/** Files in no layer and imports from a lower layer into a higher one. */
export function layerViolations(name: string, graph: Map<string, GraphNode>): string[];
/** Every package with a `src/` folder. */
export function packageNames(root?: string): string[];
