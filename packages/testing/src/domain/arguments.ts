import { RouterError } from "./router-error";

const TYPE_CHECKS: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  object: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  null: (v) => v === null,
};

/**
 * Checks call arguments against the top level of a tool's parameter schema: `required`
 * properties, property `type`s and `enum`s. Deliberately shallow (the real router is the
 * authority on deep validation); it catches the mistakes a test bot makes. 400 `invalid_body`.
 */
export function checkArguments(schema: Record<string, unknown>, args: Record<string, unknown>): void {
  const fail = (name: string, message: string): never => {
    throw new RouterError(400, "invalid_body", `arguments.${name} ${message}`, { param: `arguments.${name}` });
  };
  const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
  for (const name of required) {
    if (typeof name === "string" && !(name in args)) fail(name, "is required by the tool's parameter schema.");
  }
  const properties = (schema.properties ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [name, value] of Object.entries(args)) {
    const property = properties[name];
    if (!property) continue;
    const types = property.type === undefined ? [] : Array.isArray(property.type) ? property.type : [property.type];
    if (types.length > 0 && !types.some((t) => TYPE_CHECKS[String(t)]?.(value) ?? true)) {
      fail(name, `must be of type ${types.join(" or ")}.`);
    }
    if (Array.isArray(property.enum) && !property.enum.some((allowed) => allowed === value)) {
      fail(name, `must be one of ${property.enum.map((v) => JSON.stringify(v)).join(", ")}.`);
    }
  }
}
