// Turns the spec's components.schemas into zod/mini schemas, so runtime validation is
// derived from the same document as the types and never written twice by hand.
// zod/mini keeps the cost to programs that validate (it tree-shakes per function).

const REF_PREFIX = "#/components/schemas/";

/** @param {any} spec the parsed OpenAPI document */
export function zodModuleFromSpec(spec) {
  const schemas = spec.components?.schemas ?? {};
  const order = topologicalOrder(schemas);
  const lines = ['import { z } from "zod/mini";', ""];
  for (const name of order) {
    const schema = schemas[name];
    const doc = schema.description ? schema.description.trim().split("\n").join(" ") : `The ${name} schema.`;
    lines.push(`/** ${doc.replaceAll("*/", "*\\/")} */`);
    lines.push(`export const ${name}Schema = ${toZod(schema)};`, "");
  }
  return lines.join("\n");
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
