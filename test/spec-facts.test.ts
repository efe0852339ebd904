import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking untyped YAML documents
type Doc = any;

// Every fact the public docs fix (openapi/documented-facts.yaml, each with its source page) must
// be stated in the spec where a machine can check it.
const read = (file: string) => parse(readFileSync(new URL(`../openapi/${file}`, import.meta.url), "utf8")) as Doc;
const spec = read("xerotier.yaml");
const facts = read("documented-facts.yaml");

const STATUS_RESPONSE: Record<number, string> = {
  400: "BadRequest",
  401: "Unauthorized",
  403: "Forbidden",
  404: "NotFound",
  409: "Conflict",
  429: "TooManyRequests",
  500: "InternalError",
  503: "ServiceUnavailable",
};
const deref = (node: Doc): Doc => (node?.$ref ? deref(resolvePointer(node.$ref)) : node);
const resolvePointer = (ref: string): Doc => ref.slice(2).split("/").reduce((at: Doc, key: string) => at?.[key], spec);
const operations = (): Array<{ path: string; method: string; op: Doc }> =>
  Object.entries(spec.paths).flatMap(([path, item]: [string, Doc]) =>
    ["get", "post", "put", "patch", "delete"].filter((m) => item[m]).map((method) => ({ path, method, op: item[method] })),
  );

describe("documented facts are stated in openapi/xerotier.yaml", () => {
  it.each((facts.paths as Doc[]).map((f: Doc): [string, Doc] => [`${f.method.toUpperCase()} ${f.path}`, f]))("path %s (%#)", (_name, fact: Doc) => {
    expect(spec.paths[fact.path]?.[fact.method], fact.source).toBeDefined();
  });

  it.each((facts.codes as Doc[]).map((f: Doc): [string, Doc] => [`${f.code} → ${f.status}`, f]))("error code %s", (_name, fact: Doc) => {
    const known = spec.components.schemas.ErrorCode.anyOf.find((o: Doc) => o.enum).enum;
    expect(known, fact.source).toContain(fact.code);
    const description: string = spec.components.responses[STATUS_RESPONSE[fact.status]!].description;
    const named = description.includes(`\`${fact.code}\``) || (fact.code.endsWith("_not_found") && description.includes("`*_not_found`"));
    expect(named, `${STATUS_RESPONSE[fact.status]} should name ${fact.code} (${fact.source})`).toBe(true);
  });

  it.each((facts.error_types as Doc[]).map((f: Doc): [string, Doc] => [f.code, f]))("%s carries its documented type in the description and example", (_name, fact: Doc) => {
    const response = spec.components.responses[STATUS_RESPONSE[fact.status]!];
    expect(response.description).toContain(fact.code);
    expect(response.description).toContain(fact.type);
    const examples = Object.values(response.content["application/json"].examples) as Doc[];
    expect(examples.some((e) => e.value.error.code === fact.code && e.value.error.type === fact.type), fact.source).toBe(true);
  });

  it("the error envelope has its documented required, nullable and 429 fields", () => {
    const body = spec.components.schemas.ErrorBody;
    expect(body.required).toEqual(expect.arrayContaining(facts.error_envelope.required));
    for (const field of facts.error_envelope.nullable) expect(JSON.stringify(body.properties[field])).toContain('"null"');
    for (const field of facts.error_envelope.on_429) expect(body.properties[field]).toBeDefined();
  });

  it("x-request-id is declared on every operation response", () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        expect(Object.keys(deref(response).headers ?? {}), `${method} ${path} ${status}`).toContain("x-request-id");
      }
    }
  });

  it("Retry-After is declared on 429", () => {
    expect(Object.keys(spec.components.responses.TooManyRequests.headers)).toContain("Retry-After");
  });

  it.each((facts.headers as Doc[]).filter((h: Doc) => h.on === "webhooks").map((h: Doc): [string, Doc] => [h.name, h]))(
    "every webhook requires the %s header with its documented format",
    (_name, fact: Doc) => {
      const hooks = Object.entries(spec.webhooks);
      expect(hooks.length).toBeGreaterThan(0);
      for (const [type, item] of hooks as Array<[string, Doc]>) {
        const header = item.post.parameters.map(deref).find((p: Doc) => p.in === "header" && p.name === fact.name);
        expect(header?.required, `${type}: ${fact.name}`).toBe(true);
        expect(header.schema.pattern, fact.source).toBe(fact.pattern);
      }
    },
  );

  it("the webhook timestamp states the documented replay tolerance", () => {
    const description: string = spec.components.parameters.WebhookTimestamp.description;
    expect(description).toContain(`${facts.webhook_tolerance_seconds.value} s`);
    expect(description).toContain("5 minutes");
  });

  it("auth is a Bearer API key", () => {
    expect(spec.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: facts.auth.scheme });
  });

  it.each((facts.scopes as Doc[]).map((f: Doc): [string, Doc] => [f.prefix, f]))("operations under %s state their scope", (_name, fact: Doc) => {
    const matching = operations().filter((o) => o.path.startsWith(fact.prefix));
    expect(matching.length).toBeGreaterThan(0);
    for (const { path, method, op } of matching) {
      const tags = spec.tags.filter((t: Doc) => op.tags.includes(t.name));
      expect(tags.some((t: Doc) => t.description.includes(`\`${fact.scope}\` scope`)), `${method} ${path} (${fact.source})`).toBe(true);
    }
  });

  it("every active event type is an EventType, maps to a typed event and has a webhook entry", () => {
    expect(spec.components.schemas.EventType.enum).toEqual(facts.event_types.active);
    const mapping = spec.components.schemas.Event.discriminator.mapping;
    for (const type of facts.event_types.active) {
      expect(mapping[type], type).toBeDefined();
      expect(spec.webhooks[type], type).toBeDefined();
    }
  });

  it("every reserved event type has a webhook entry", () => {
    for (const type of facts.event_types.reserved) expect(spec.webhooks[type], type).toBeDefined();
  });

  it("each webhook body is the event envelope pinned to its type", () => {
    for (const [type, item] of Object.entries(spec.webhooks) as Array<[string, Doc]>) {
      const parts = item.post.requestBody.content["application/json"].schema.allOf;
      expect(parts.some((p: Doc) => p.properties?.type?.const === type), type).toBe(true);
      const envelope = deref(parts.find((p: Doc) => p.$ref));
      expect(Object.keys(envelope.properties)).toEqual(expect.arrayContaining(facts.event_envelope.fields));
      expect(envelope.properties.created_at.type).toBe("integer");
    }
  });

  it.each((facts.prefixes as Doc[]).map((f: Doc): [string, Doc] => [`${f.schema}.id`, f]))("%s has its documented prefix as a pattern", (_name, fact: Doc) => {
    const pattern: string = spec.components.schemas[fact.schema].properties.id.pattern;
    expect(pattern?.startsWith(`^${fact.prefix}`), fact.source).toBe(true);
  });

  it.each((facts.uuid_ids as Doc[]).map((f: Doc): [string, Doc] => [f.schema, f]))("%s ids are UUIDs", (_name, fact: Doc) => {
    const id = spec.components.schemas[fact.schema].properties.id;
    expect(id.format).toBe("uuid");
    expect(new RegExp(id.pattern).test("5f9c3b1a-8d0e-4c2f-9c1d-2b9f5e7a8c10")).toBe(true);
    expect(new RegExp(id.pattern).test("apr_123")).toBe(false);
  });

  it.each((facts.enums as Doc[]).map((f: Doc): [string, Doc] => [f.schema, f]))("%s has exactly the documented values", (_name, fact: Doc) => {
    expect(spec.components.schemas[fact.schema].enum).toEqual(fact.values);
  });
});

describe("the two readings of the spec", () => {
  it("the tolerant reading requires a subset of what the strict reading requires", () => {
    for (const [name, schema] of Object.entries(spec.components.schemas) as Array<[string, Doc]>) {
      const tolerant: string[] | undefined = schema["x-tolerant-required"];
      if (tolerant) expect(schema.required, name).toEqual(expect.arrayContaining(tolerant));
    }
  });

  it("an event needs only id, type and data; an approval only id and status", () => {
    const { schemas } = spec.components;
    for (const name of ["EventEnvelope", "ApprovalEvent", "InvocationEvent", "AgentStatusEvent"]) {
      expect(schemas[name]["x-tolerant-required"], name).toEqual(["id", "type", "data"]);
    }
    expect(schemas.Approval["x-tolerant-required"]).toEqual(["id", "status"]);
  });
});
