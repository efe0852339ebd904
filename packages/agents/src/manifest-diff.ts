import type { components } from "@xerotier/api";

/** One tool as an agent publishes it in its capability manifest (name, risk, domain, timeout, parameter schema). */
export type ToolDescriptor = components["schemas"]["ToolDescriptor"];
/** An agent's capability manifest: `version` (bumped when tools or bindings change), `hash`, tools, workspaces. */
export type Manifest = components["schemas"]["Manifest"];

/** The descriptor fields whose change {@link diffManifestTools} reports. */
export type ToolField = "risk" | "timeout_ms" | "parameters";

const COMPARED_FIELDS: readonly ToolField[] = ["risk", "timeout_ms", "parameters"];

/** One tool published both before and after, with the fields that differ. */
export interface ToolChange {
  /** The tool's name. */
  name: string;
  /** Which of `risk`, `timeout_ms`, `parameters` differ (a field missing on either side is not compared). */
  fields: ToolField[];
  /** The descriptor before the refresh. */
  before: ToolDescriptor;
  /** The descriptor after the refresh. */
  after: ToolDescriptor;
}

/** What changed in a manifest's tool list, each list sorted by tool name. */
export interface ManifestDiff {
  /** Tools published now but not before. */
  added: ToolDescriptor[];
  /** Tools published before but not now. */
  removed: ToolDescriptor[];
  /** Tools published on both sides whose risk, timeout or parameter schema changed. */
  changed: ToolChange[];
}

/**
 * Compares two tool lists by name: tools added, removed, or with a changed risk, `timeout_ms` or
 * parameter schema (compared by value, key order ignored). A field missing on either side is not
 * compared: the server may simply not send it, so its change is unknown, not assumed. Entries
 * without a string `name` cannot be matched and are left out. Pure, no I/O.
 *
 * @example
 * ```ts
 * const diff = diffManifestTools(before.manifest.tools, after.manifest.tools);
 * for (const line of formatManifestDiff(diff)) console.log(line);
 * ```
 */
export function diffManifestTools(before: readonly ToolDescriptor[], after: readonly ToolDescriptor[]): ManifestDiff {
  const old = byName(before);
  const now = byName(after);
  const added = [...now.values()].filter((tool) => !old.has(tool.name));
  const removed = [...old.values()].filter((tool) => !now.has(tool.name));
  const changed: ToolChange[] = [];
  for (const tool of now.values()) {
    const previous = old.get(tool.name);
    if (!previous) continue;
    const fields = COMPARED_FIELDS.filter((field) => previous[field] !== undefined && tool[field] !== undefined && !sameValue(previous[field], tool[field]));
    if (fields.length > 0) changed.push({ name: tool.name, fields, before: previous, after: tool });
  }
  return { added: sortByName(added), removed: sortByName(removed), changed: sortByName(changed) };
}

/**
 * The diff as lines for a terminal or a log: `+ name (risk)` for an added tool, `- name` for a
 * removed one, `~ name: risk write → destructive` (one line per changed field) for a changed one.
 * Parameter schemas are not printed, only that they changed. An empty diff gives `[]`.
 *
 * @example
 * ```ts
 * formatManifestDiff(result.diff).forEach((line) => console.log(line));
 * // + etcd_snapshot (write)
 * // - kubectl_rollout_restart
 * // ~ kubectl_label: risk write → destructive
 * ```
 */
export function formatManifestDiff(diff: ManifestDiff): string[] {
  const lines = diff.added.map((tool) => `+ ${tool.name} (${describe(tool.risk)})`);
  lines.push(...diff.removed.map((tool) => `- ${tool.name}`));
  for (const change of diff.changed) {
    for (const field of change.fields) {
      lines.push(
        field === "parameters"
          ? `~ ${change.name}: parameter schema changed`
          : `~ ${change.name}: ${field} ${describe(change.before[field])} → ${describe(change.after[field])}`,
      );
    }
  }
  return lines;
}

function byName(tools: readonly ToolDescriptor[]): Map<string, ToolDescriptor> {
  const map = new Map<string, ToolDescriptor>();
  for (const tool of Array.isArray(tools) ? tools : []) {
    if (tool && typeof tool === "object" && typeof tool.name === "string" && !map.has(tool.name)) map.set(tool.name, tool);
  }
  return map;
}

function sortByName<T extends { name: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function describe(value: unknown): string {
  return value === undefined ? "unknown" : typeof value === "string" ? value : JSON.stringify(value);
}

/** Structural equality of JSON values, object key order ignored. */
function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
