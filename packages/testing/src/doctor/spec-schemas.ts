// Where the doctor finds the spec's schemas: an operation's answer, an event-stream frame.
import { declaredResponse, indexOperations, type SpecOperation } from "../spec/operations";
import { openapiDocument } from "../generated/openapi";

/** The subset of JSON Schema the spec's response schemas use (see `openapi/xerotier.yaml`). */
export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  /** The fields the SDK cannot do without (its tolerant reader is generated from this list). */
  "x-tolerant-required"?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  allOf?: SchemaNode[];
}

/** Follows local `$ref`s to the schema they name; bounded so a cycle cannot spin. */
export function resolveSchema(schema: SchemaNode): SchemaNode {
  let node = schema;
  for (let depth = 0; depth < 16 && typeof node.$ref === "string"; depth += 1) {
    const target = nodeAt(node.$ref.replace(/^#/, ""));
    if (!target) break;
    node = target;
  }
  return node;
}

/** The node at a JSON pointer (RFC 6901) of the OpenAPI document. */
function nodeAt(pointer: string): SchemaNode | undefined {
  let at: unknown = openapiDocument;
  for (const token of pointer.split("/").slice(1)) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<string, unknown>)[token.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  return typeof at === "object" && at !== null ? (at as SchemaNode) : undefined;
}

/** A component schema by name, e.g. `Approval`. */
export function componentSchema(name: string): SchemaNode {
  return { $ref: `#/components/schemas/${name}` };
}

let operations: Map<string, SpecOperation> | undefined;

/** The spec's operations by `operationId`, indexed once. */
export function specOperationsById(): ReadonlyMap<string, SpecOperation> {
  operations ??= new Map(indexOperations().map((op) => [op.operationId, op]));
  return operations;
}

/** One operation of the spec; throws for an id the spec lacks (a bug in the probe plan, not in the server). */
export function specOperation(operationId: string): SpecOperation {
  const operation = specOperationsById().get(operationId);
  if (!operation) throw new Error(`The spec has no operation '${operationId}'`);
  return operation;
}

/** Whether the spec declares this status for the operation, and the JSON schema of that answer's body if it has one. */
export function responseSchema(operation: SpecOperation, status: number): { declared: boolean; schema?: SchemaNode } {
  const declared = declaredResponse(operation, status);
  const pointer = declared?.content.get("application/json");
  return { declared: declared !== undefined, ...(pointer !== undefined ? { schema: { $ref: `#${pointer}` } } : {}) };
}

const EVENT_SCHEMAS = new Map<string, string>(
  Object.entries((openapiDocument.components.schemas.Event?.discriminator?.mapping ?? {}) as Record<string, string>),
);

/** The schema of one event-stream frame's data, chosen by the frame's type, and whether that type is documented. */
export function frameSchema(type: string | undefined): { schema: SchemaNode; documented: boolean } {
  if (type === "stream.open") return { schema: componentSchema("StreamOpen"), documented: true };
  if (type === "stream.reset") return { schema: componentSchema("StreamReset"), documented: true };
  const ref = type === undefined ? undefined : EVENT_SCHEMAS.get(type);
  return ref ? { schema: { $ref: ref }, documented: true } : { schema: componentSchema("EventEnvelope"), documented: false };
}

const METHODS = ["get", "put", "post", "delete", "patch"];

/** Every `operationId` of the spec's paths, in the document's order. */
export function operationIdsInOrder(): string[] {
  const ids: string[] = [];
  for (const pathItem of Object.values<Record<string, { operationId?: string } | undefined>>(openapiDocument.paths ?? {})) {
    for (const method of METHODS) {
      const id = pathItem[method]?.operationId;
      if (id !== undefined) ids.push(id);
    }
  }
  return ids;
}
