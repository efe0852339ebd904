import { openapiDocument } from "../generated/openapi";

/** A header a response declares. */
export interface DeclaredHeader {
  name: string;
  required: boolean;
  /** JSON type of the header's schema (`string`, `integer`, …). */
  type: string | undefined;
}

/** One declared response of an operation. */
export interface DeclaredResponse {
  headers: DeclaredHeader[];
  /** Media type → JSON pointer of its schema inside the OpenAPI document. */
  content: Map<string, string>;
}

/** One operation of the spec, with a matcher for concrete paths. */
export interface SpecOperation {
  /** The JSON request body, if the operation takes one: whether it is required and the pointer of its schema. */
  requestBody?: { required: boolean; pointer: string };
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/v1/exec/tools/{tool_name}`. */
  template: string;
  pattern: RegExp;
  /** Status (`"200"`, `"4XX"`, `"default"`) → declared response. */
  responses: Map<string, DeclaredResponse>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an untyped OpenAPI document
type Json = Record<string, any>;

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Escapes a JSON-pointer token (RFC 6901). */
export function pointerToken(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}

function resolve(document: Json, node: Json, pointer: string): { node: Json; pointer: string } {
  // Follow local `$ref`s (responses and headers); bounded so a cycle cannot spin.
  for (let depth = 0; depth < 16 && typeof node?.$ref === "string" && node.$ref.startsWith("#/"); depth += 1) {
    pointer = node.$ref.slice(1);
    node = pointer
      .split("/")
      .slice(1)
      .reduce<Json>((at, token) => at?.[token.replaceAll("~1", "/").replaceAll("~0", "~")], document);
  }
  return { node, pointer };
}

/** Reads every operation of an OpenAPI document into matchers and declared responses. */
function indexOperations(document: Json = openapiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, pathItem] of Object.entries<Json>(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const base = `/paths/${pointerToken(template)}/${method}/responses`;
      const responses = new Map<string, DeclaredResponse>();
      for (const [status, raw] of Object.entries<Json>(operation.responses ?? {})) {
        const { node, pointer } = resolve(document, raw, `${base}/${pointerToken(status)}`);
        const headers = Object.entries<Json>(node.headers ?? {}).map(([name, rawHeader]) => {
          const header = resolve(document, rawHeader, "").node;
          return { name: name.toLowerCase(), required: header.required === true, type: header.schema?.type as string | undefined };
        });
        const content = new Map<string, string>();
        for (const mediaType of Object.keys(node.content ?? {})) {
          content.set(mediaType, `${pointer}/content/${pointerToken(mediaType)}/schema`);
        }
        responses.set(status, { headers, content });
      }
      const requestBody = operation.requestBody?.content?.["application/json"] ? { required: operation.requestBody.required === true, pointer: `/paths/${pointerToken(template)}/${method}/requestBody/content/application~1json/schema` } : undefined;
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      operations.push({
        operationId: String(operation.operationId ?? `${method} ${template}`),
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        responses,
        ...(requestBody ? { requestBody } : {}),
      });
    }
  }
  // Literal segments win over parameters when two templates could match one path.
  return operations.sort((a, b) => paramCount(a.template) - paramCount(b.template));
}

function paramCount(template: string): number {
  return (template.match(/\{/g) ?? []).length;
}

/** The declared response for a status: exact, then `4XX`-style ranges, then `default`. */
export function declaredResponse(operation: SpecOperation, status: number): DeclaredResponse | undefined {
  return operation.responses.get(String(status)) ?? operation.responses.get(`${String(status)[0]}XX`) ?? operation.responses.get("default");
}

let operations: SpecOperation[] | undefined;

/** Finds the spec's operation for a method and API path (`/v1/...` or `/healthz`), if it has one. */
export function findOperation(method: string, apiPath: string | undefined): SpecOperation | undefined {
  operations ??= indexOperations();
  return apiPath === undefined ? undefined : operations.find((op) => op.method === method.toUpperCase() && op.pattern.test(apiPath));
}
