import { openapiDocument } from "../generated/openapi";

/** One declared response of an operation. */
export interface DeclaredResponse {
  /** Each declared header, with the JSON type of its schema (`integer`, …). */
  headers: Array<{ name: string; required: boolean; type: string | undefined }>;
  /** Media type → JSON pointer of its schema inside the OpenAPI document. */
  content: Map<string, string>;
}

/** One operation of the spec, with a matcher for concrete paths. */
export interface SpecOperation {
  operationId: string;
  method: string;
  /** The spec's path template, e.g. `/v1/exec/tools/{tool_name}`. */
  template: string;
  pattern: RegExp;
  /** Status (`"200"`, `"4XX"`, `"default"`) → declared response. */
  responses: Map<string, DeclaredResponse>;
  /** The JSON request body, if the operation takes one: whether it is required and the pointer of its schema. */
  requestBody?: { required: boolean; pointer: string };
  /** The declared query parameters, each with its schema (`$ref`s followed): what the routes read and check. */
  query: Array<{ name: string; schema: Json }>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking an untyped OpenAPI document
type Json = Record<string, any>;

/** Escapes a JSON-pointer token (RFC 6901). */
const token = (text: string) => text.replaceAll("~", "~0").replaceAll("/", "~1");

/** Follows local `$ref`s (shared responses and headers), bounded so a cycle cannot spin. */
function resolve(node: Json, pointer: string): { node: Json; pointer: string } {
  for (let depth = 0; depth < 16 && typeof node?.$ref === "string" && node.$ref.startsWith("#/"); depth += 1) {
    pointer = node.$ref.slice(1);
    node = pointer.split("/").slice(1).reduce<Json>((at, part) => at?.[part.replaceAll("~1", "/").replaceAll("~0", "~")], openapiDocument);
  }
  return { node, pointer };
}

/** Reads every operation of the spec into matchers, declared responses and request bodies (the doctor indexes them by id). */
export function indexOperations(): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, pathItem] of Object.entries<Json>(openapiDocument.paths)) {
    for (const method of ["get", "put", "post", "delete", "patch", "head", "options", "trace"]) {
      const operation = pathItem[method] as Json | undefined;
      if (!operation) continue;
      const at = `/paths/${token(template)}/${method}`;
      const responses = new Map<string, DeclaredResponse>();
      for (const [status, raw] of Object.entries<Json>(operation.responses ?? {})) {
        const { node, pointer } = resolve(raw, `${at}/responses/${token(status)}`);
        const headers = Object.entries<Json>(node.headers ?? {}).map(([name, header]) => {
          const { node: h } = resolve(header, "");
          return { name: name.toLowerCase(), required: h.required === true, type: h.schema?.type as string | undefined };
        });
        responses.set(status, { headers, content: new Map(Object.keys(node.content ?? {}).map((type) => [type, `${pointer}/content/${token(type)}/schema`])) });
      }
      const query = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
        .map((parameter: Json) => resolve(parameter, "").node)
        .filter((parameter: Json) => parameter.in === "query")
        .map((parameter: Json) => ({ name: String(parameter.name), schema: resolve(parameter.schema ?? {}, "").node }));
      const json = operation.requestBody?.content?.["application/json"];
      const source = template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
      operations.push({
        operationId: String(operation.operationId ?? `${method} ${template}`),
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        responses,
        query,
        ...(json ? { requestBody: { required: operation.requestBody.required === true, pointer: `${at}/requestBody/content/application~1json/schema` } } : {}),
      });
    }
  }
  // Literal segments win over parameters when two templates could match one path.
  const params = (op: SpecOperation) => (op.template.match(/\{/g) ?? []).length;
  return operations.sort((a, b) => params(a) - params(b));
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
