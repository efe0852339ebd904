// The TOLERANT reading of openapi/xerotier.yaml: what the SDK demands of the server at runtime.
// The STRICT reading is the document itself (the router's conformance check, `schema.ts`,
// `validators.ts`). The tolerant one is derived here from the same document, by one rule:
//   - a field is required only if the schema lists it in `x-tolerant-required` (the fields the
//     public docs fix and a consumer cannot act without); every other field is optional, and
//     `null` in an optional field reads as "absent";
//   - enums and consts are open (any string), patterns and bounds are not enforced;
//   - unknown fields are kept (objects are open);
//   - a present field of the wrong JSON type is "drift": reported, never a reason to drop.

const REF_PREFIX = "#/components/schemas/";
const refName = (ref) => ref.slice(REF_PREFIX.length);
const isNull = (s) => s && s.type === "null";

/** @param {any} spec the parsed OpenAPI document */
export function tolerantModuleFromSpec(spec) {
  const schemas = spec.components?.schemas ?? {};
  const ctx = { schemas, helpers: [] };
  const types = [];
  const checks = [];
  for (const [name, schema] of Object.entries(schemas)) {
    const note = isObjectSchema(schema, schemas) ? requiredNote(schema) : ": known values, or any other string";
    types.push(`/** Tolerant reading of \`${name}\`${note}. */`);
    types.push(declaration(name, schema, ctx), "");
    if (isObjectSchema(schema, schemas)) checks.push(checkFunction(name, schema, ctx));
  }
  return [
    "// The tolerant reading (see scripts/tolerant-from-spec.mjs): types and drift checks.",
    "/* eslint-disable */",
    'import type { components } from "./schema";',
    "",
    "type Strict = components[\"schemas\"];",
    "type Obj = Record<string, unknown>;",
    "",
    "/** One finding: `path` (e.g. `data.timeout_seconds`, `data.transitions[].to`) is not `expected`. */",
    "export interface FieldIssue {",
    "  /** Dotted path from the value read; array items are `[]`, so one field is one path. */",
    "  path: string;",
    "  /** The JSON type the spec gives the field. */",
    "  expected: string;",
    "  /** The JSON type received (`missing` for an absent required field). */",
    "  received: string;",
    "}",
    "",
    "function isObj(v: unknown): v is Obj {",
    "  return typeof v === \"object\" && v !== null && !Array.isArray(v);",
    "}",
    "",
    "/** JSON type of a value, for reports. */",
    "export function jsonTypeOf(v: unknown): string {",
    "  if (v === undefined) return \"missing\";",
    "  if (v === null) return \"null\";",
    "  if (Array.isArray(v)) return \"array\";",
    "  if (typeof v === \"number\") return Number.isInteger(v) ? \"integer\" : \"number\";",
    "  return typeof v;",
    "}",
    "",
    ...types,
    ...ctx.helpers,
    ...checks,
    "/** The tolerant check of every object schema: `core` collects missing or unusable required fields, `drift` the rest. */",
    "export const tolerantChecks = {",
    ...Object.entries(schemas).filter(([, s]) => isObjectSchema(s, schemas)).map(([n]) => `  ${n}: check${n},`),
    "} as const;",
    "",
    "/** Every schema's tolerant reading, by schema name. */",
    "export interface Readings {",
    ...Object.keys(schemas).map((n) => `  ${n}: ${n};`),
    "}",
    "",
  ].join("\n");
}

function requiredNote(schema) {
  const req = schema["x-tolerant-required"];
  return req?.length ? `: requires only ${req.map((r) => `\`${r}\``).join(", ")}` : ": every field optional";
}

function resolve(s, schemas) {
  return s.$ref ? resolve(schemas[refName(s.$ref)], schemas) : s;
}

function isObjectSchema(s, schemas) {
  const r = resolve(s, schemas);
  return r.type === "object" || (Array.isArray(r.allOf) && r.allOf.some((p) => isObjectSchema(p, schemas)));
}

// ------------------------------------------------------------------------------------- types

function declaration(name, schema, ctx) {
  if (schema.type === "object" && !schema.allOf) return `export interface ${name} ${objectType(schema, ctx)}`;
  return `export type ${name} = ${typeOf(schema, ctx, name)};`;
}

/** The tolerant TS type; `self` marks the component being declared (its known values). */
function typeOf(s, ctx, self) {
  if (s.$ref) return refName(s.$ref);
  if (s.const !== undefined) return `${JSON.stringify(s.const)} | (string & {})`;
  if (s.enum) return self ? `Strict[${JSON.stringify(self)}] | (string & {})` : `${s.enum.map((e) => JSON.stringify(e)).join(" | ")} | (string & {})`;
  for (const key of ["anyOf", "oneOf"]) {
    if (!s[key]) continue;
    const options = s[key].filter((o) => !isNull(o));
    const openString = options.some((o) => o.enum || o.$ref) && options.some((o) => o.type === "string" && !o.enum && !o.not);
    const known = (o) => (o.enum ? o.enum.map((e) => JSON.stringify(e)).join(" | ") : typeOf(o, ctx));
    if (openString) return options.filter((o) => o.$ref || o.enum).map(known).join(" | ") + " | (string & {})";
    return options.map((o) => typeOf(o, ctx)).join(" | ");
  }
  if (s.allOf) return s.allOf.map((o) => typeOf(o, ctx)).join(" & ");
  if (Array.isArray(s.type)) return s.type.filter((t) => t !== "null").map((t) => typeOf({ ...s, type: t }, ctx)).join(" | ");
  switch (s.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `Array<${s.items ? typeOf(s.items, ctx) : "unknown"}>`;
    case "object":
      return Object.keys(s.properties ?? {}).length ? objectType(s, ctx) : "Record<string, unknown>";
    default:
      return "unknown";
  }
}

function objectType(s, ctx) {
  const required = new Set(s["x-tolerant-required"] ?? []);
  const lines = ["{"];
  for (const [key, value] of Object.entries(s.properties ?? {})) {
    if (value.description) lines.push(`  /** ${value.description.trim().replaceAll("*/", "*\\/").split("\n").join(" ")} */`);
    const t = typeOf(value, ctx);
    lines.push(required.has(key) ? `  ${JSON.stringify(key)}: ${t};` : `  ${JSON.stringify(key)}?: ${t} | null;`);
  }
  lines.push("  /** Fields this SDK version does not know are kept as received. */", "  [field: string]: unknown;", "}");
  return lines.join("\n");
}

// ------------------------------------------------------------------------------------ checks

function checkFunction(name, schema, ctx) {
  const lines = [
    `/** Tolerant check of a \`${name}\` at \`at\` (a path prefix such as \`data.\`). */`,
    `function check${name}(v: Obj, at: string, core: FieldIssue[], drift: FieldIssue[]): void {`,
    "  let x: unknown;",
  ];
  for (const part of objectParts(schema, ctx.schemas)) {
    const required = new Set(part["x-tolerant-required"] ?? []);
    for (const [key, value] of Object.entries(part.properties ?? {})) {
      const k = JSON.stringify(key);
      lines.push(`  x = v[${k}];`);
      const path = `at + ${k}`;
      // A required field's own problems, and those of its required fields, make the value unusable.
      if (required.has(key)) {
        const missing = `core.push({ path: ${path}, expected: ${JSON.stringify(expected(value, ctx.schemas))}, received: jsonTypeOf(x) });`;
        lines.push(`  if (x === undefined || x === null) ${missing}`, `  else ${fieldTest(value, "x", path, ctx, "core")}`);
      } else lines.push(`  if (x !== undefined && x !== null) ${fieldTest(value, "x", path, ctx, "drift")}`);
    }
  }
  lines.push("}", "");
  return lines.join("\n");
}

/** The object schemas an object schema is made of (itself, or the parts of its allOf). */
function objectParts(s, schemas) {
  const r = resolve(s, schemas);
  if (r.allOf) return r.allOf.flatMap((p) => objectParts(p, schemas));
  return r.type === "object" ? [r] : [];
}

/** A JSON type name for reports. */
function expected(s, schemas) {
  const r = resolve(s, schemas);
  if (r.const !== undefined || r.enum) return "string";
  for (const key of ["anyOf", "oneOf"]) if (r[key]) return [...new Set(r[key].filter((o) => !isNull(o)).map((o) => expected(o, schemas)))].join(" | ");
  if (r.allOf) return "object";
  if (Array.isArray(r.type)) return r.type.filter((t) => t !== "null").join(" | ");
  return r.type ?? "any";
}

/** One statement: pushes a drift finding when `x` (present, not null) has the wrong JSON type. */
function fieldTest(s, x, path, ctx, sink = "drift") {
  const r = resolve(s, ctx.schemas);
  const exp = JSON.stringify(expected(s, ctx.schemas));
  const miss = `${sink}.push({ path: ${path}, expected: ${exp}, received: jsonTypeOf(${x}) });`;
  if (isObjectSchema(s, ctx.schemas) && s.$ref) {
    return `{ if (isObj(${x})) check${refName(s.$ref)}(${x}, ${path} + ".", ${sink}, drift); else ${miss} }`;
  }
  if (r.type === "array") {
    const item = r.items ? itemHelper(r.items, ctx) : undefined;
    return item
      ? `{ if (Array.isArray(${x})) ${item}(${x}, ${path} + "[]", drift); else ${miss} }`
      : `{ if (!Array.isArray(${x})) ${miss} }`;
  }
  const test = jsonTest(r, x, ctx.schemas);
  return test === "true" ? "{}" : `{ if (!(${test})) ${miss} }`;
}

/** A helper checking every item of an array once per field path. */
function itemHelper(items, ctx) {
  const name = `items${ctx.helpers.length}`;
  ctx.helpers.push("");
  const slot = ctx.helpers.length - 1;
  const body = fieldTest(items, "x", "at", ctx);
  ctx.helpers[slot] = [
    `function ${name}(list: unknown[], at: string, drift: FieldIssue[]): void {`,
    "  for (const x of list) if (x !== undefined && x !== null) " + body,
    "}",
    "",
  ].join("\n");
  return name;
}

/** A JSON type test (no enum, pattern or bound: those are the strict reading's). */
function jsonTest(r, x, schemas) {
  if (r.$ref) return jsonTest(resolve(r, schemas), x, schemas);
  if (r.const !== undefined || r.enum) return `typeof ${x} === "string"`;
  for (const key of ["anyOf", "oneOf"]) {
    if (!r[key]) continue;
    const parts = r[key].filter((o) => !isNull(o)).map((o) => jsonTest(o, x, schemas));
    return parts.includes("true") ? "true" : `(${[...new Set(parts)].join(" || ")})`;
  }
  if (r.allOf) return `isObj(${x})`;
  if (Array.isArray(r.type)) return `(${r.type.filter((t) => t !== "null").map((t) => jsonTest({ type: t }, x, schemas)).join(" || ")})`;
  switch (r.type) {
    case "string":
      return `typeof ${x} === "string"`;
    case "integer":
      return `Number.isSafeInteger(${x})`;
    case "number":
      return `Number.isFinite(${x})`;
    case "boolean":
      return `typeof ${x} === "boolean"`;
    case "array":
      return `Array.isArray(${x})`;
    case "object":
      return `isObj(${x})`;
    default:
      return "true";
  }
}
