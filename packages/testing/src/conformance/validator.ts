import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { openapiDocument } from "../generated/openapi";

const DOCUMENT_ID = "https://xerotier.test/openapi.json";

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

// One Ajv for the process: compiling is the expensive part and the document never changes.
function instance(): Ajv2020 {
  if (!ajv) {
    // strict: false because OpenAPI adds keywords (discriminator, example) JSON Schema lacks.
    ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, discriminator: false });
    addFormats(ajv);
    ajv.addSchema(openapiDocument, DOCUMENT_ID);
  }
  return ajv;
}

/** The validator for the schema at a JSON pointer of the OpenAPI document, compiled once. */
export function validatorAt(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    validate = instance().compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
    compiled.set(pointer, validate);
  }
  return validate;
}

/** Validates `value` against the schema at `pointer`; the Ajv errors, or undefined when valid. */
export function validateAt(pointer: string, value: unknown): ErrorObject[] | undefined {
  const validate = validatorAt(pointer);
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
