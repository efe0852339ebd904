/**
 * Test support for the domain: a bare Hono app with the routes, a fake principal, the error
 * envelope renderer, and a spec check of every JSON response (status listed for the operation,
 * body valid against its schema), so each test is also a conformance test.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Hono } from "hono";
import { expect } from "vitest";
import { createManualClock, type Clock } from "../../src/clock";
import { createWorld, type World, type WorldOptions } from "../../src/domain/world";
import { openapiDocument } from "../../src/generated/openapi";
import type { RouterEnv } from "../../src/http/env";
import { RouterError } from "../../src/domain/router-error";
import { registerRoutes, type RouteOptions } from "../../src/routes/index";

const DOC_ID = "https://xerotier.test/openapi.json";
const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
ajv.addSchema(openapiDocument, DOC_ID);
const validators = new Map<string, ValidateFunction>();

/** A parsed JSON body, loosely typed so tests can index it like the wire format. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked against the spec at runtime instead
export type Json = any;

interface SpecResponse {
  $ref?: string;
  content?: Record<string, { schema?: { $ref?: string } } | undefined>;
}
const specPaths = openapiDocument.paths as Record<string, Record<string, { responses: Record<string, SpecResponse | undefined> } | undefined>>;
const sharedResponses = openapiDocument.components.responses as Record<string, SpecResponse>;

const templates = Object.keys(openapiDocument.paths as object).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, "[^/]+")}$`),
}));

/** Asserts a JSON response is one the spec allows for this operation. */
export function expectConformant(method: string, path: string, status: number, body: unknown): void {
  const pathname = path.split("?")[0]!;
  const match = templates.find((t) => t.pattern.test(pathname));
  expect(match, `no spec path for ${pathname}`).toBeDefined();
  const operation = specPaths[match!.template]![method.toLowerCase()];
  expect(operation, `no ${method} ${match!.template} in the spec`).toBeDefined();
  let response = operation!.responses[String(status)]!;
  expect(response, `${method} ${match!.template} does not list status ${status}`).toBeDefined();
  if (response.$ref) response = sharedResponses[response.$ref.split("/").pop()!]!;
  const ref: string | undefined = response.content?.["application/json"]?.schema?.$ref;
  expect(ref, `${method} ${match!.template} ${status} has no JSON schema reference`).toBeDefined();
  let validate = validators.get(ref!);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}${ref}` });
    validators.set(ref!, validate);
  }
  const ok = validate(body);
  expect(ok, `${method} ${path} → ${status} body does not match the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`).toBe(true);
}

/** A JSON answer. */
export interface Answer<T = Json> {
  status: number;
  body: T;
  headers: Headers;
}

/** The app under test, its world and clock, and a `call` helper. */
export interface Harness {
  app: Hono<RouterEnv>;
  world: World;
  clock: Clock;
  /** Sends a request to `/proj_demo<path>` and checks the answer against the spec. */
  call<T = Json>(method: string, path: string, init?: { body?: unknown; rawBody?: string; headers?: Record<string, string> }): Promise<Answer<T>>;
  /** Sends a GET for a stream, without reading the body. */
  open(path: string, headers?: Record<string, string>): Promise<Response>;
}

/** Builds a harness (demo seed and a manual clock by default). */
export function harness(options: Partial<WorldOptions> & { routes?: RouteOptions; actor?: string } = {}): Harness {
  const clock = options.clock ?? createManualClock();
  const world = createWorld({ seed: "demo", ...options, clock });
  const app = new Hono<RouterEnv>();
  app.use("*", async (c, next) => {
    c.set("principal", { id: "key_test", name: "test", project: "proj_demo", projectAliases: [], scopes: new Set(["inference", "management", "execution"]), actor: options.actor ?? "api_key:xero_test" });
    await next();
  });
  app.onError((error, c) => {
    if (error instanceof RouterError) return c.json(error.toEnvelope(), error.status as 400);
    throw error;
  });
  registerRoutes(app, () => world, options.routes);
  return {
    app,
    world,
    clock,
    async call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      let body: string | undefined = init.rawBody;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers["content-type"] = "application/json";
      }
      const res = await app.request(`/proj_demo${path}`, { method, headers, body });
      const json = (await res.json()) as unknown;
      expectConformant(method, path, res.status, json);
      return { status: res.status, body: json as Json, headers: res.headers };
    },
    open: (path, headers = {}) => Promise.resolve(app.request(`/proj_demo${path}`, { headers })),
  };
}

/** Asserts an error envelope with this status and code. */
export function expectError(answer: Answer, status: number, code: string, param?: string | null): void {
  expect({ status: answer.status, code: answer.body.error?.code }).toEqual({ status, code });
  if (param !== undefined) expect(answer.body.error.param).toBe(param);
}

/** Asserts `value` matches a component schema of the spec (e.g. `EventStreamData`). */
export function expectSchema(name: string, value: unknown): void {
  const ref = `#/components/schemas/${name}`;
  let validate = validators.get(ref);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOC_ID}${ref}` });
    validators.set(ref, validate);
  }
  expect(validate(value), `${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value)}`).toBe(true);
}

/** One parsed SSE frame. */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: string;
  retry?: string;
  comment?: string;
}

/** Reads an event-stream body incrementally, with every wait bounded by a count of reads. */
export class StreamReader {
  text = "";
  done = false;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(response: Response) {
    this.reader = response.body!.getReader();
  }

  /** Reads until `predicate(text)` holds or the stream ends (at most `maxReads` chunks). */
  async until(predicate: (text: string) => boolean, maxReads = 100): Promise<string> {
    for (let i = 0; i < maxReads && !predicate(this.text) && !this.done; i++) {
      const { value, done } = await this.reader.read();
      if (done) this.done = true;
      else this.text += this.decoder.decode(value, { stream: true });
    }
    return this.text;
  }

  /** Reads until `n` complete frames have arrived (or the end). */
  async frames(n: number): Promise<SseFrame[]> {
    await this.until((t) => parseFrames(t).length >= n);
    return parseFrames(this.text);
  }

  /** Reads to the end of the stream. */
  async rest(maxReads = 1000): Promise<string> {
    return this.until(() => false, maxReads);
  }

  cancel(): Promise<void> {
    return this.reader.cancel();
  }
}

/** Splits complete SSE frames (terminated by a blank line) into fields. */
export function parseFrames(text: string): SseFrame[] {
  const blocks = text.split("\n\n");
  blocks.pop(); // the incomplete tail
  return blocks.map((block) => {
    const frame: SseFrame = {};
    for (const line of block.split("\n")) {
      if (line.startsWith(":")) frame.comment = line.slice(1).trim();
      else {
        const at = line.indexOf(":");
        const field = line.slice(0, at) as keyof SseFrame;
        frame[field] = line.slice(at + 1).replace(/^ /, "");
      }
    }
    return frame;
  });
}
