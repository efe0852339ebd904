// Turns the spec's components.schemas into zod/mini schemas, so runtime validation is
// derived from the same document as the types and never written twice by hand.
// zod/mini keeps the cost to programs that validate (it tree-shakes per function).

const REF_PREFIX = "#/components/schemas/";

/** @param {any} spec the parsed OpenAPI document */
export function zodModuleFromSpec(spec) {
  const schemas = spec.components?.schemas ?? {};
  const order = topologicalOrder(schemas);
  // A namespace import and a pure mark on every call let bundlers drop every schema a program never uses.
  const lines = ['import * as z from "zod/mini";', ""];
  for (const name of order) {
    const schema = schemas[name];
    const doc = schema.description ? schema.description.trim().split("\n").join(" ") : `The ${name} schema.`;
    lines.push(`/** ${doc.replaceAll("*/", "*\\/")} */`);
    lines.push(`export const ${name}Schema = ${markPure(toZod(schema))};`, "");
  }
  return lines.join("\n");
}

function markPure(expression) {
  return expression.replace(/(?<![\w.])z\./g, "/* @__PURE__ */ z.");
}

function refName(ref) {
  if (!ref.startsWith(REF_PREFIX)) throw new Error(`unsupported $ref ${ref}`);
  return ref.slice(REF_PREFIX.length);
}

function collectRefs(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, out));
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "$ref" && typeof v === "string") out.add(refName(v));
      else if (k !== "examples" && k !== "discriminator") collectRefs(v, out);
    }
  }
  return out;
}

function topologicalOrder(schemas) {
  const done = new Set();
  const visiting = new Set();
  const order = [];
  const visit = (name) => {
    if (done.has(name)) return;
    if (visiting.has(name)) throw new Error(`cyclic schema reference through ${name}`);
    visiting.add(name);
    for (const dep of [...collectRefs(schemas[name])].sort()) visit(dep);
    visiting.delete(name);
    done.add(name);
    order.push(name);
  };
  Object.keys(schemas).forEach(visit);
  return order;
}

const isNull = (s) => s && s.type === "null";

function toZod(s) {
  if (s.$ref) return `${refName(s.$ref)}Schema`;
  if (s.const !== undefined) return `z.literal(${JSON.stringify(s.const)})`;
  if (s.enum) return `z.enum(${JSON.stringify(s.enum)})`;

  for (const key of ["anyOf", "oneOf"]) {
    if (!s[key]) continue;
    const options = s[key].filter((o) => !isNull(o));
    const nullable = options.length !== s[key].length;
    // An open enum (`anyOf: [enum, string]`) accepts whatever its plain string branch accepts.
    const openString = options.some((o) => o.enum || o.$ref) && options.find((o) => o.type === "string" && !o.enum);
    const inner = openString ? toZod(openString) : options.length === 1 ? toZod(options[0]) : `z.union([${options.map(toZod).join(", ")}])`;
    return nullable ? `z.nullable(${inner})` : inner;
  }
  if (s.allOf) return s.allOf.map(toZod).reduce((a, b) => `z.intersection(${a}, ${b})`);

  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== "null");
    const inner = types.length === 1 ? toZod({ ...s, type: types[0] }) : `z.union([${types.map((t) => toZod({ ...s, type: t })).join(", ")}])`;
    return s.type.includes("null") ? `z.nullable(${inner})` : inner;
  }

  switch (s.type) {
    case "string":
      return withChecks("z.string()", [
        s.minLength !== undefined && `z.minLength(${s.minLength})`,
        s.maxLength !== undefined && `z.maxLength(${s.maxLength})`,
        s.pattern !== undefined && `z.regex(new RegExp(${JSON.stringify(s.pattern)}))`,
      ]);
    case "integer":
    case "number":
      return withChecks(s.type === "integer" ? "z.int()" : "z.number()", [
        s.minimum !== undefined && `z.minimum(${s.minimum})`,
        s.maximum !== undefined && `z.maximum(${s.maximum})`,
      ]);
    case "boolean":
      return "z.boolean()";
    case "null":
      return "z.null()";
    case "array":
      return `z.array(${s.items ? toZod(s.items) : "z.unknown()"})`;
    case "object":
      return objectToZod(s);
    default:
      return "z.unknown()";
  }
}

function withChecks(base, checks) {
  const active = checks.filter(Boolean);
  return active.length ? `${base}.check(${active.join(", ")})` : base;
}

function objectToZod(s) {
  const props = s.properties ?? {};
  if (Object.keys(props).length === 0) return "z.record(z.string(), z.unknown())";
  const required = new Set(s.required ?? []);
  const fields = Object.entries(props).map(([key, value]) => {
    const zod = toZod(value);
    return `${JSON.stringify(key)}: ${required.has(key) ? zod : `z.optional(${zod})`}`;
  });
  // Responses may gain fields in later API versions; only closed request bodies are strict.
  const ctor = s.additionalProperties === false ? "z.strictObject" : "z.looseObject";
  return `${ctor}({ ${fields.join(", ")} })`;
}

// ---------------------------------------------------------------------------------------------
// Plain-JS predicates from the same schemas: `isX(value)` is true only when `XSchema` would
// accept `value` unchanged, so callers may take the value as is and ask zod only to describe a
// failure. They never use `new Function` (CSP-safe) and allocate nothing on success.
// Where zod would rebuild a value differently from its input (an own `__proto__` key, which zod
// drops), the predicate answers false and the caller falls back to zod.

/** @param {any} spec the parsed OpenAPI document */
export function validatorsModuleFromSpec(spec) {
  const schemas = spec.components?.schemas ?? {};
  const ctx = { helpers: [], regexes: [] };
  const bodies = topologicalOrder(schemas).map((name) => {
    const schema = schemas[name];
    const expr = predicate(schema, "v", ctx);
    return [
      `/** True if \`v\` passes \`${name}Schema\` as is (see the file header). */`,
      `export function is${name}(v: unknown): boolean {`,
      `  return ${expr};`,
      "}",
      "",
    ].join("\n");
  });
  return [
    "// Fast predicates: true only when the zod schema of the same name accepts the value unchanged.",
    "// False means \"ask zod\": it may still accept (e.g. an own `__proto__` key), or it says why not.",
    "",
    "type Obj = Record<string, unknown>;",
    "const hasOwn = Object.prototype.hasOwnProperty;",
    "",
    "/** zod's object test, minus own `__proto__` keys (zod drops them, so the output would differ). */",
    "function isObj(v: unknown): v is Obj {",
    "  return typeof v === \"object\" && v !== null && !Array.isArray(v) && !hasOwn.call(v, \"__proto__\");",
    "}",
    "",
    "/** zod's record test (a plain object) for `z.record(z.string(), z.unknown())`. */",
    "function isRecord(v: unknown): v is Obj {",
    "  if (!isObj(v)) return false;",
    "  const proto = Object.getPrototypeOf(v) as unknown;",
    "  return proto === Object.prototype || proto === null;",
    "}",
    "",
    "function every(v: unknown, item: (x: unknown) => boolean): boolean {",
    "  if (!Array.isArray(v)) return false;",
    "  for (let i = 0; i < v.length; i += 1) if (!item(v[i])) return false;",
    "  return true;",
    "}",
    "",
    ...ctx.regexes.map((source, i) => `const re${i} = new RegExp(${JSON.stringify(source)});`),
    ...(ctx.regexes.length ? [""] : []),
    ...ctx.helpers,
    ...bodies,
  ].join("\n");
}

/** A boolean JS expression over the expression `v` (evaluated several times: keep it a name). */
function predicate(s, v, ctx) {
  if (s.$ref) return `is${refName(s.$ref)}(${v})`;
  if (s.const !== undefined) return `${v} === ${JSON.stringify(s.const)}`;
  if (s.enum) return `(${s.enum.map((e) => `${v} === ${JSON.stringify(e)}`).join(" || ")})`;

  for (const key of ["anyOf", "oneOf"]) {
    if (!s[key]) continue;
    const options = s[key].filter((o) => !isNull(o));
    const nullable = options.length !== s[key].length;
    const openString = options.some((o) => o.enum || o.$ref) && options.find((o) => o.type === "string" && !o.enum);
    const inner = openString ? predicate(openString, v, ctx) : `(${options.map((o) => predicate(o, v, ctx)).join(" || ")})`;
    return nullable ? `(${v} === null || ${inner})` : inner;
  }
  if (s.allOf) return `(${s.allOf.map((o) => predicate(o, v, ctx)).join(" && ")})`;

  if (Array.isArray(s.type)) {
    const types = s.type.filter((t) => t !== "null");
    const inner = `(${types.map((t) => predicate({ ...s, type: t }, v, ctx)).join(" || ")})`;
    return s.type.includes("null") ? `(${v} === null || ${inner})` : inner;
  }

  switch (s.type) {
    case "string": {
      const parts = [`typeof ${v} === "string"`];
      if (s.minLength !== undefined) parts.push(`${v}.length >= ${s.minLength}`);
      if (s.maxLength !== undefined) parts.push(`${v}.length <= ${s.maxLength}`);
      if (s.pattern !== undefined) parts.push(`re${ctx.regexes.push(s.pattern) - 1}.test(${v})`);
      return `(${parts.join(" && ")})`;
    }
    case "integer":
    case "number": {
      // z.int() is a safe integer; z.number() is finite (no NaN, no ±Infinity).
      const parts = [s.type === "integer" ? `Number.isSafeInteger(${v})` : `Number.isFinite(${v})`];
      if (s.minimum !== undefined) parts.push(`(${v} as number) >= ${s.minimum}`);
      if (s.maximum !== undefined) parts.push(`(${v} as number) <= ${s.maximum}`);
      return `(${parts.join(" && ")})`;
    }
    case "boolean":
      return `typeof ${v} === "boolean"`;
    case "null":
      return `${v} === null`;
    case "array":
      return s.items ? `every(${v}, ${helperFor(s.items, ctx)})` : `Array.isArray(${v})`;
    case "object":
      return Object.keys(s.properties ?? {}).length === 0 ? `isRecord(${v})` : `${objectHelper(s, ctx)}(${v})`;
    default:
      return "true";
  }
}

/** A named predicate for an array item: a schema's own function, or a hoisted helper. */
function helperFor(s, ctx) {
  if (s.$ref) return `is${refName(s.$ref)}`;
  const name = `item${ctx.helpers.length}`;
  ctx.helpers.push(`function ${name}(v: unknown): boolean {\n  return ${predicate(s, "v", ctx)};\n}\n`);
  return name;
}

/** A hoisted function checking one object shape field by field, reading each field once. */
function objectHelper(s, ctx) {
  const name = `shape${ctx.helpers.length}`;
  ctx.helpers.push(""); // reserve the slot so nested helpers get other names
  const slot = ctx.helpers.length - 1;
  const required = new Set(s.required ?? []);
  const lines = [`function ${name}(v: unknown): boolean {`, "  if (!isObj(v)) return false;", "  let x: unknown;"];
  for (const [key, value] of Object.entries(s.properties)) {
    const k = JSON.stringify(key);
    const check = predicate(value, "x", ctx);
    if (required.has(key)) {
      // zod also requires the key itself to be present, which matters only if undefined would pass.
      const present = check === "true" ? ` || !(${k} in v)` : "";
      lines.push(`  x = v[${k}];`, `  if (!(${check})${present}) return false;`);
    } else {
      lines.push(`  x = v[${k}];`, `  if (x !== undefined && !(${check})) return false;`);
    }
  }
  if (s.additionalProperties === false) {
    const known = Object.keys(s.properties).map((key) => `k !== ${JSON.stringify(key)}`).join(" && ");
    lines.push(`  for (const k in v) if (${known}) return false;`);
  }
  lines.push("  return true;", "}", "");
  ctx.helpers[slot] = lines.join("\n");
  return name;
}
