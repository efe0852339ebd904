// The strict reading of the spec: every way a value differs from its schema, one finding per
// field, each marked with whether the SDK depends on that field. A validator's pass/fail (the
// router's conformance check) cannot say which field of which item, or which differences the SDK
// tolerates; this walk can, over the subset of JSON Schema the spec uses.
import { redactSecrets } from "@xerotier/api/internal";
import type { FindingKind } from "./types";
import { resolveSchema, type SchemaNode } from "./spec-schemas";

/** One difference at one concrete path (array indices kept); see `collectFindings` for the report's form. */
export interface PathFinding {
  path: string;
  kind: FindingKind;
  expected: string;
  received: string;
  sdkDepends: boolean;
}

/** Where a value sits: its path, the field name it is under, and whether the SDK depends on it. */
interface Site {
  path: string;
  key: string | undefined;
  sdkDepends: boolean;
  /** Properties declared by sibling `allOf` branches: not unknown here. */
  declared?: ReadonlySet<string>;
}

/** Findings gathered for one value; `limit` bounds memory however large the value. */
interface Walk {
  out: PathFinding[];
  limit: number;
}

/** Findings kept per value read; a value with more is reported by its first ones. */
export const MAX_FINDINGS_PER_VALUE = 500;

/**
 * Every way `value` differs from `schema` under the strict reading: required fields absent,
 * undeclared fields, unknown enum and constant values, other JSON types, id prefixes, RFC 3339
 * timestamps, other patterns, lengths and ranges. The SDK depends on a finding when it makes a
 * field it needs absent or of another type: the root, and below it each field in its object's
 * `x-tolerant-required` (the list the SDK's tolerant reader is generated from).
 *
 * @example
 * readStrictly(componentSchema("Approval"), { id: "5f9c…", status: "cancelling" });
 * // [{ path: "$.status", kind: "unknown_value", … }, { path: "$.risk", kind: "missing", … }, …]
 */
export function readStrictly(schema: SchemaNode, value: unknown, path = "$"): PathFinding[] {
  const walk: Walk = { out: [], limit: MAX_FINDINGS_PER_VALUE };
  check(schema, value, { path, key: undefined, sdkDepends: true }, walk);
  // allOf branches may report one field twice (a property declared in both): keep the first.
  const unique = new Map<string, PathFinding>();
  for (const finding of walk.out) {
    const key = `${finding.path}\u0000${finding.kind}`;
    if (!unique.has(key)) unique.set(key, finding);
  }
  return [...unique.values()];
}

function check(schema: SchemaNode, value: unknown, site: Site, walk: Walk): void {
  const node = resolveSchema(schema);
  if (node.allOf) return checkAll(node, value, site, walk);
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return checkAny(branches, value, site, walk);
  const received = jsonType(value);
  if (!typeAllows(node.type, received)) return push(walk, site, "type", [node.type ?? []].flat().join(" or "), received);
  if ("const" in node && !sameJson(node.const, value)) return push(walk, site, "unknown_value", JSON.stringify(node.const), short(value));
  if (node.enum && !node.enum.some((option) => sameJson(option, value))) return push(walk, site, "unknown_value", oneOf(node.enum), short(value));
  if (typeof value === "string") return checkString(node, value, site, walk);
  if (typeof value === "number") return checkNumber(node, value, site, walk);
  if (Array.isArray(value)) {
    if (node.items) value.forEach((item, i) => check(node.items!, item, { path: `${site.path}[${i}]`, key: site.key, sdkDepends: site.sdkDepends }, walk));
    return;
  }
  if (received === "object") checkObject(node, value as Record<string, unknown>, site, walk);
}

/** `allOf`: every branch applies, and a property any branch declares is known to all of them. */
function checkAll(node: SchemaNode, value: unknown, site: Site, walk: Walk): void {
  const { allOf = [], ...rest } = node;
  const branches = [...allOf, rest];
  const declared = new Set([...(site.declared ?? []), ...branches.flatMap(declaredProperties)]);
  for (const branch of branches) check(branch, value, { ...site, declared }, walk);
}

function declaredProperties(schema: SchemaNode): string[] {
  const node = resolveSchema(schema);
  return [...Object.keys(node.properties ?? {}), ...(node.allOf ?? []).flatMap(declaredProperties)];
}

/**
 * `anyOf` / `oneOf`: valid when a branch has no finding; otherwise the findings of the closest
 * branch (one whose type fits the value, with the fewest findings), so `"paused"` for a nullable
 * status reads "unknown value", not "expected null".
 */
function checkAny(branches: readonly SchemaNode[], value: unknown, site: Site, walk: Walk): void {
  const tries = branches.map((branch) => {
    const trial: Walk = { out: [], limit: walk.limit };
    check(branch, value, site, trial);
    return trial.out;
  });
  if (tries.some((found) => found.length === 0)) return;
  const typed = tries.filter((found) => !found.some((f) => f.kind === "type" && f.path === site.path));
  const closest = (typed.length > 0 ? typed : tries).reduce((best, found) => (found.length < best.length ? found : best));
  for (const finding of closest) if (walk.out.length < walk.limit) walk.out.push(finding);
}

function checkObject(node: SchemaNode, value: Record<string, unknown>, site: Site, walk: Walk): void {
  const properties = node.properties ?? {};
  const needed = new Set(node["x-tolerant-required"] ?? []);
  const child = (name: string): Site => ({ path: childPath(site.path, name), key: name, sdkDepends: site.sdkDepends && needed.has(name) });
  for (const name of node.required ?? []) {
    if (!Object.hasOwn(value, name)) push(walk, child(name), "missing", describe(properties[name]), "absent");
  }
  for (const [name, field] of Object.entries(value)) {
    const declared = properties[name];
    if (declared) check(declared, field, child(name), walk);
    else if (typeof node.additionalProperties === "object") check(node.additionalProperties, field, child(name), walk);
    else if (node.properties && node.additionalProperties !== true && !site.declared?.has(name)) {
      push(walk, { ...child(name), sdkDepends: false }, "unknown_field", "no such field", jsonType(field));
    }
  }
}

function checkString(node: SchemaNode, value: string, site: Site, walk: Walk): void {
  const idLike = site.key !== undefined && /(^id$|_id$|_ids$)/.test(site.key);
  if (node.format === "date-time" && !isRfc3339(value)) return push(walk, site, "timestamp", "an RFC 3339 date-time", short(value));
  if (node.format === "uuid" && !UUID.test(value)) return push(walk, site, "id_format", "a UUID", short(value));
  if (node.pattern !== undefined && !patternOf(node.pattern).test(value)) {
    return push(walk, site, idLike ? "id_format" : "format", `matching ${node.pattern}`, short(value));
  }
  const length = [...value].length;
  if (node.minLength !== undefined && length < node.minLength) return push(walk, site, "format", `at least ${node.minLength} characters`, `${length} characters`);
  if (node.maxLength !== undefined && length > node.maxLength) return push(walk, site, "format", `at most ${node.maxLength} characters`, `${length} characters`);
}

function checkNumber(node: SchemaNode, value: number, site: Site, walk: Walk): void {
  if (node.minimum !== undefined && value < node.minimum) push(walk, site, "range", `at least ${node.minimum}`, String(value));
  else if (node.maximum !== undefined && value > node.maximum) push(walk, site, "range", `at most ${node.maximum}`, String(value));
}

/** Records a finding; the SDK depends on it only when a field it needs is absent or of another type (what its reader refuses). */
function push(walk: Walk, site: Site, kind: FindingKind, expected: string, received: string): void {
  const sdkDepends = site.sdkDepends && (kind === "missing" || kind === "type");
  if (walk.out.length < walk.limit) walk.out.push({ path: site.path, kind, expected, received, sdkDepends });
}

/** The JSON type of a parsed value, with `integer` for whole numbers. */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function typeAllows(type: SchemaNode["type"], received: string): boolean {
  if (type === undefined) return true;
  const types = [type].flat();
  return types.includes(received) || (received === "integer" && types.includes("number"));
}

function describe(schema: SchemaNode | undefined): string {
  const type = schema ? resolveSchema(schema).type : undefined;
  return type === undefined ? "a value" : [type].flat().join(" or ");
}

function oneOf(options: readonly unknown[]): string {
  const shown = options.slice(0, 8).map((o) => String(o));
  return `one of ${shown.join(", ")}${options.length > shown.length ? ", …" : ""}`;
}

/** A short, secret-free rendering of a received value for the report. */
function short(value: unknown): string {
  const text = redactSecrets(typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value)));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function childPath(path: string, name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `${path}.${name}` : `${path}[${JSON.stringify(name)}]`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-](\d{2}):(\d{2}))$/;

/** An RFC 3339 `date-time` (leap second included, as JSON Schema's format allows). */
export function isRfc3339(value: string): boolean {
  const m = RFC3339.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const offsetOk = m[9] === undefined || (Number(m[9]) < 24 && Number(m[10]) < 60);
  return month >= 1 && month <= 12 && day >= 1 && day <= days && hour < 24 && minute < 60 && second <= 60 && offsetOk;
}

const patterns = new Map<string, RegExp>();

function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source, "u");
    patterns.set(source, pattern);
  }
  return pattern;
}
