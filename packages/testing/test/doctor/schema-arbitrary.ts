// Values valid under a spec schema, generated from the schema itself (the subset the spec uses:
// $ref, allOf, anyOf/oneOf, const, enum, type lists, patterns, date-time, uuid, lengths, bounds).
import fc from "fast-check";
import { resolveSchema, type SchemaNode } from "../../src/doctor/spec-schemas";

/** An arbitrary of values that satisfy `schema` (not `not`: keep to schemas without it). */
export function arbitraryOf(schema: SchemaNode): fc.Arbitrary<unknown> {
  const node = resolveSchema(schema);
  if (node.allOf) {
    const { allOf, ...rest } = node;
    return fc.tuple(...[...allOf, rest].map(arbitraryOf)).map((parts) => Object.assign({}, ...parts.filter((p) => typeof p === "object" && p !== null)));
  }
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return fc.oneof(...branches.map(arbitraryOf));
  if ("const" in node) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...node.enum);
  const types = node.type === undefined ? (node.properties ? ["object"] : []) : [node.type].flat();
  if (types.length === 0) return fc.constant({});
  return fc.oneof(...types.map((type) => ofType(node, type)));
}

function ofType(node: SchemaNode, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "integer":
      return fc.integer({ min: node.minimum ?? -1_000_000, max: node.maximum ?? 2_000_000_000 });
    case "number":
      return fc.double({ min: node.minimum ?? -1e6, max: node.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case "string":
      return stringOf(node);
    case "array":
      return fc.array(node.items ? arbitraryOf(node.items) : fc.string(), { maxLength: 3 });
    default:
      return objectOf(node);
  }
}

function stringOf(node: SchemaNode): fc.Arbitrary<string> {
  if (node.format === "date-time") return fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }).map((d) => d.toISOString());
  if (node.format === "uuid") return fc.uuid();
  if (node.pattern !== undefined) return fc.stringMatching(new RegExp(node.pattern));
  return fc.string({ minLength: node.minLength ?? 0, maxLength: Math.min(node.maxLength ?? 12, 12) });
}

function objectOf(node: SchemaNode): fc.Arbitrary<Record<string, unknown>> {
  const properties = node.properties ?? {};
  if (Object.keys(properties).length === 0) {
    // A free-form object (arguments, parameters, an event's data): any few JSON fields.
    return fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null)), { maxKeys: 3 });
  }
  const model = Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, arbitraryOf(schema)]));
  return fc.record(model, { requiredKeys: (node.required ?? []).filter((name) => name in model) }) as fc.Arbitrary<Record<string, unknown>>;
}
