import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openapiDocument } from "../generated/openapi";

/** The `$id` of the OpenAPI document inside Ajv: other schemas reach its parts as `${SPEC_ID}#/components/…`. */
export const SPEC_ID = "https://xerotier.test/openapi.json";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string | object, ValidateFunction>();

// One Ajv for the process: compiling is the expensive part and the document never changes.
function instance(): Ajv2020 {
  if (!ajv) {
    // strict: false because OpenAPI adds keywords (discriminator, example) JSON Schema lacks.
    ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    addFormats(ajv);
    ajv.addSchema(openapiDocument, SPEC_ID);
  }
  return ajv;
}

/** Validates `value` against a JSON pointer into the OpenAPI document, or a schema object; the Ajv errors, or undefined when valid. */
export function validateAt(schema: string | object, value: unknown): ErrorObject[] | undefined {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = instance().compile(typeof schema === "string" ? { $ref: `${SPEC_ID}#${schema}` } : schema);
    compiled.set(schema, validate);
  }
  return validate(value) ? undefined : [...(validate.errors ?? [])];
}

/** JSON pointer of a component schema, e.g. `EventStreamData`. */
export function componentSchema(name: string): string {
  return `/components/schemas/${name}`;
}

/** A one-line summary of Ajv errors, for messages. */
export function describeErrors(errors: readonly ErrorObject[], max = 5): string {
  const lines = errors.slice(0, max).map((e) => `${e.instancePath || "(root)"} ${e.message ?? e.keyword}`);
  if (errors.length > max) lines.push(`… and ${errors.length - max} more`);
  return lines.join("; ");
}

const COMBINATORS = new Set(["anyOf", "oneOf", "if", "not"]);

/**
 * What a 400 says about a body that failed validation: the field of the first plain error as `param` (`workspace_id`,
 * `artifacts.content`: array indices left out; null for the body itself) and one sentence.
 */
export function bodyProblem(errors: readonly ErrorObject[]): { param: string | null; message: string } {
  const error = errors.find((e) => !COMBINATORS.has(e.keyword)) ?? errors[0]!;
  const path = error.instancePath.split("/").slice(1).filter((token) => !/^\d+$/.test(token));
  const field = (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ?? (error.params as { additionalProperty?: string }).additionalProperty;
  const param = [...path, ...(field === undefined ? [] : [field])].join(".") || null;
  if (error.keyword === "required") return { param, message: `'${param}' is required.` };
  if (error.keyword === "additionalProperties") return { param, message: `Unknown field '${param}'.` };
  return { param, message: `${param === null ? "The body" : `'${param}'`} ${error.message ?? `breaks ${error.keyword}`}.` };
}
