import { jsonTypeOf } from "../generated/tolerant";
import { createDriftReporter, type DriftReporter, type SchemaDriftHandler } from "../reader/drift";
import { readAs } from "../reader/read";
import { AGENT_EVENT_TYPES, APPROVAL_EVENT_TYPES, INVOCATION_EVENT_TYPES, type XerotierEvent } from "./types";

/** What an event validator returns: the typed event, or a one-line description of what is wrong. */
export type EventValidationResult = { ok: true; event: XerotierEvent } | { ok: false; issues: string };

/**
 * Reads a parsed JSON value as an event. The SSE stream and `verifyWebhook` share one reader, so
 * both yield exactly the same event objects.
 *
 * @example
 * ```ts
 * const check: ValidateEvent = (raw) => validateEventEnvelope(raw);
 * ```
 */
export type ValidateEvent = (raw: unknown) => EventValidationResult;

/** Options of {@link createEventReader}. */
export interface EventReaderOptions {
  /**
   * Called once per drifting field (a present field of the wrong JSON type); the event is still
   * delivered. Exceptions thrown here are ignored. Default: nothing is reported.
   */
  onSchemaDrift?: SchemaDriftHandler;
}

/**
 * The tolerant event reader shared by the event stream and `verifyWebhook`: an event is usable
 * with a non-empty string `id`, a non-empty string `type` and an object `data`; for a documented
 * type, `data` also needs the fields its resource cannot be used without (`id` and `status` of
 * an approval, invocation or agent). Everything else is optional, unknown values and fields pass
 * through, and a field of the wrong type is reported once through `onSchemaDrift`.
 *
 * @example
 * ```ts
 * const read = createEventReader({ onSchemaDrift: (d) => log.warn("schema drift", d) });
 * const result = read(JSON.parse(body));
 * ```
 */
export function createEventReader(options: EventReaderOptions = {}): ValidateEvent {
  const report = options.onSchemaDrift ? createDriftReporter(options.onSchemaDrift) : undefined;
  return (raw) => readEvent(raw, report);
}

/**
 * Reads one event with {@link createEventReader}'s rules, reporting no drift.
 *
 * @example
 * ```ts
 * const result = validateEventEnvelope(JSON.parse(body));
 * if (!result.ok) console.warn(result.issues);
 * ```
 */
export function validateEventEnvelope(raw: unknown): EventValidationResult {
  return readEvent(raw, undefined);
}

/** Reads `raw` as an event; `report` receives drift, deduplicated by the caller's reporter. */
export function readEvent(raw: unknown, report: DriftReporter | undefined): EventValidationResult {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { ok: false, issues: "(root): expected object" };
  const { id, type, data } = raw as Record<string, unknown>;
  if (typeof id !== "string" || id === "") return { ok: false, issues: `id: expected a non-empty string, got ${jsonTypeOf(id)}` };
  if (typeof type !== "string" || type === "") return { ok: false, issues: `type: expected a non-empty string, got ${jsonTypeOf(type)}` };
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, issues: `data: expected object, got ${jsonTypeOf(data)}` };
  const schema = APPROVAL.has(type) ? "ApprovalEvent" : INVOCATION.has(type) ? "InvocationEvent" : AGENT.has(type) ? "AgentStatusEvent" : "EventEnvelope";
  const read = readAs(schema, raw, report);
  return read.ok ? { ok: true, event: withoutProtoKeys(read.value) as XerotierEvent } : read;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The event without an own `__proto__` key (JSON.parse makes one from `"__proto__": …`), in the
 * envelope or its data, so a consumer's `Object.assign` cannot swap a prototype. Copies only then.
 */
function withoutProtoKeys(event: object): object {
  const data = (event as { data: object }).data;
  if (!hasOwn.call(event, "__proto__") && !hasOwn.call(data, "__proto__")) return event;
  const strip = (value: object) => Object.fromEntries(Object.entries(value).filter(([key]) => key !== "__proto__"));
  return { ...strip(event), data: strip(data) };
}

const APPROVAL: ReadonlySet<string> = new Set(APPROVAL_EVENT_TYPES);
const INVOCATION: ReadonlySet<string> = new Set(INVOCATION_EVENT_TYPES);
const AGENT: ReadonlySet<string> = new Set(AGENT_EVENT_TYPES);
