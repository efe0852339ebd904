import type { Tool } from "./types";

/** One thing wrong with the arguments of a tool call, found before the call is sent. */
export interface ArgumentProblem {
  /** The argument's name. */
  argument: string;
  /**
   * `missing`: the schema requires it; `unknown`: the schema does not list it (and allows nothing
   * else); `type`: its value is not of the property's `type`; `enum`: not one of its `enum` values.
   */
  kind: "missing" | "unknown" | "type" | "enum";
  /** A sentence naming the argument and what the schema expects, e.g. `resource is required (string)`. */
  message: string;
  /** What the schema says of the argument (its `type`, `enum`, `description`), when it lists it. */
  schema?: Record<string, unknown>;
}

type Schema = Record<string, unknown>;

const TYPE_CHECKS: Record<string, (value: unknown) => boolean> = {
  string: (v) => typeof v === "string",
  number: (v) => typeof v === "number" && Number.isFinite(v),
  integer: (v) => Number.isInteger(v),
  boolean: (v) => typeof v === "boolean",
  object: (v) => typeof v === "object" && v !== null && !Array.isArray(v),
  array: (v) => Array.isArray(v),
  null: (v) => v === null,
};

const isSchema = (value: unknown): value is Schema => typeof value === "object" && value !== null && !Array.isArray(value);

function schemaTypes(property: Schema | undefined): string[] {
  const type = property?.type;
  return type === undefined ? [] : (Array.isArray(type) ? type : [type]).map(String);
}

/** One parameter of a tool, as its schema's top level describes it. */
export interface ToolParameter {
  /** The argument's name. */
  name: string;
  /** The JSON types it accepts (`string`, `integer`, …); empty when the schema does not say. */
  types: string[];
  /** Whether the schema lists it in `required`. */
  required: boolean;
  /** The schema's `description` of it. */
  description?: string;
  /** The only values it accepts, when the schema lists them. */
  enum?: unknown[];
}

/**
 * The parameters a tool's schema lists, required ones first, each with its types, description
 * and `enum`: what to show a person before they call the tool. Empty without a usable schema.
 *
 * @example
 * ```ts
 * toolParameters(await exec.tool("kubectl_get"));
 * // [{ name: "resource", types: ["string"], required: true }, { name: "namespace", types: ["string"], required: false }, …]
 * ```
 */
export function toolParameters(tool: Pick<Tool, "parameters">): ToolParameter[] {
  const schema = tool.parameters;
  if (!isSchema(schema) || !isSchema(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const parameters = Object.entries(schema.properties).map(([name, value]): ToolParameter => {
    const property = isSchema(value) ? value : undefined;
    return {
      name,
      types: schemaTypes(property),
      required: required.has(name),
      ...(typeof property?.description === "string" ? { description: property.description } : {}),
      ...(Array.isArray(property?.enum) ? { enum: property.enum } : {}),
    };
  });
  return [...parameters.filter((p) => p.required), ...parameters.filter((p) => !p.required)];
}

/**
 * Checks a call's arguments against the top level of a tool's parameter schema, before sending it,
 * and returns every problem at once (empty: nothing found): each `required` argument present, no
 * argument the schema's `properties` do not list unless `additionalProperties` allows others, each
 * value of its property's `type` and among its `enum`. Nested schemas are left to the server, as is
 * everything when the tool publishes no usable schema (a server may leave `parameters` out).
 *
 * @example
 * ```ts
 * const tool = await exec.tool("kubectl_get");
 * const problems = checkToolArguments(tool, { namespace: 7 });
 * // [{ argument: "resource", kind: "missing", … }, { argument: "namespace", kind: "type", … }]
 * ```
 */
export function checkToolArguments(tool: Pick<Tool, "parameters">, args: Readonly<Record<string, unknown>>): ArgumentProblem[] {
  const schema = tool.parameters;
  if (!isSchema(schema)) return [];
  const properties = isSchema(schema.properties) ? (schema.properties as Record<string, unknown>) : undefined;
  const propertyOf = (name: string) => (properties && isSchema(properties[name]) ? (properties[name] as Schema) : undefined);
  const problems: ArgumentProblem[] = [];
  const required = Array.isArray(schema.required) ? schema.required.filter((n): n is string => typeof n === "string") : [];
  for (const name of required) {
    if (!Object.hasOwn(args, name)) problems.push(problem(name, "missing", `${name} is required${describeTypes(propertyOf(name))}`, propertyOf(name)));
  }
  // Without `properties` the schema names no parameters, so none can be unknown.
  const closed = properties !== undefined && schema.additionalProperties !== true && !isSchema(schema.additionalProperties);
  for (const [name, value] of Object.entries(args)) {
    const property = propertyOf(name);
    if (!property) {
      if (closed && !Object.hasOwn(properties, name)) problems.push(problem(name, "unknown", `${name} is not a parameter of this tool`));
      continue;
    }
    const types = schemaTypes(property);
    if (types.length > 0 && !types.some((t) => TYPE_CHECKS[t]?.(value) ?? true)) {
      problems.push(problem(name, "type", `${name} must be ${types.join(" or ")}, got ${JSON.stringify(value)}`, property));
    } else if (Array.isArray(property.enum) && !property.enum.some((allowed) => allowed === value)) {
      problems.push(problem(name, "enum", `${name} must be one of ${property.enum.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(value)}`, property));
    }
  }
  return problems;
}

function problem(argument: string, kind: ArgumentProblem["kind"], message: string, schema?: Schema): ArgumentProblem {
  return schema ? { argument, kind, message, schema } : { argument, kind, message };
}

function describeTypes(property: Schema | undefined): string {
  const types = schemaTypes(property);
  return types.length ? ` (${types.join(" or ")})` : "";
}
