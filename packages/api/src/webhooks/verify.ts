import { validateEventEnvelope, type ValidateEvent } from "../events/validate";
import type { XerotierEvent } from "../events/types";
import { XerotierConfigError } from "../errors";
import { WebhookVerificationError } from "./errors";
import { decodeSha256Hex, hmacVerify, importSecret, signedPayload } from "./hmac";
import { WEBHOOK_SIGNATURE_HEADER, WEBHOOK_TIMESTAMP_HEADER } from "./sign";

/** Request headers as a Fetch `Headers` object or a Node-style record (any key case). */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Input of {@link verifyWebhook}. */
export interface VerifyWebhookOptions {
  /** The raw request body, exactly as received (read it before any JSON parsing). */
  body: string | Uint8Array;
  /** The request headers; lookup is case-insensitive. */
  headers: WebhookHeaders;
  /** The endpoint's signing secret. */
  secret: string | Uint8Array;
  /**
   * Maximum clock distance, in seconds, between the timestamp and now, both ways. Default 300.
   * Must be a finite number ≥ 0: `NaN` (e.g. `Number(process.env.UNSET)`), a negative number or
   * `Infinity` would disable the freshness check, so they throw {@link XerotierConfigError}.
   */
  toleranceSeconds?: number;
  /**
   * The current time (a `Date` or epoch milliseconds); defaults to the system clock. An invalid
   * `Date` or a non-finite number throws {@link XerotierConfigError}.
   */
  now?: Date | number;
  /**
   * Event reader; defaults to the tolerant one the event stream uses, so both yield the same
   * events. To hear about schema drift once per field across deliveries, create one reader and
   * pass it to every call: `validate: createEventReader({ onSchemaDrift })`.
   */
  validate?: ValidateEvent;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Verifies a Xerotier webhook delivery and returns its event, typed like the SSE stream's.
 *
 * Checks, in order: both headers present; the timestamp is unix seconds; the signature is
 * 64 hex characters (an optional `sha256=` prefix is accepted for proxies that add one) and
 * matches HMAC-SHA256(secret, `<timestamp>.<raw body>`), compared in constant time by
 * `crypto.subtle.verify`; the timestamp is within `toleranceSeconds` of now, in the past or
 * the future; the body is a valid event envelope. Any failure throws
 * {@link WebhookVerificationError} with a `reason`. Dedupe deliveries on the returned `id`.
 * An invalid `toleranceSeconds` or `now` throws {@link XerotierConfigError} before anything else.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook({ body: await request.text(), headers: request.headers, secret });
 * if (isApprovalEvent(event)) notify(event.data);
 * ```
 */
export async function verifyWebhook(options: VerifyWebhookOptions): Promise<XerotierEvent> {
  // Configuration first: a bad value is the caller's bug, never a property of one delivery.
  const tolerance = toleranceOf(options.toleranceSeconds);
  const nowMs = nowOf(options.now);
  const signatureHeader = headerValue(options.headers, WEBHOOK_SIGNATURE_HEADER);
  if (signatureHeader === undefined) throw new WebhookVerificationError("missing_signature", `Missing ${WEBHOOK_SIGNATURE_HEADER} header.`);
  const timestamp = headerValue(options.headers, WEBHOOK_TIMESTAMP_HEADER);
  if (timestamp === undefined) throw new WebhookVerificationError("missing_timestamp", `Missing ${WEBHOOK_TIMESTAMP_HEADER} header.`);
  if (!/^\d{1,15}$/.test(timestamp)) {
    throw new WebhookVerificationError("invalid_timestamp", `${WEBHOOK_TIMESTAMP_HEADER} must be unix seconds.`);
  }
  const signature = decodeSha256Hex(signatureHeader.replace(/^sha256=/i, ""));
  if (signature === undefined) {
    throw new WebhookVerificationError("signature_mismatch", `${WEBHOOK_SIGNATURE_HEADER} is not a hex HMAC-SHA256 signature.`);
  }
  const key = await importSecret(options.secret);
  if (!(await hmacVerify(key, signature, signedPayload(timestamp, options.body)))) {
    throw new WebhookVerificationError("signature_mismatch", "Webhook signature does not match the body and timestamp.");
  }
  const skew = Math.floor(nowMs / 1000) - Number(timestamp);
  if (Math.abs(skew) > tolerance) {
    const direction = skew > 0 ? `${skew} s old` : `${-skew} s in the future`;
    throw new WebhookVerificationError("timestamp_out_of_tolerance", `Webhook timestamp is ${direction}; tolerance is ${tolerance} s.`);
  }
  return parseEvent(options.body, options.validate ?? validateEventEnvelope);
}

function toleranceOf(value: number | undefined): number {
  if (value === undefined) return 300;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new XerotierConfigError(
      `verifyWebhook: toleranceSeconds must be a finite number of seconds >= 0, got ${String(value)}; ` +
        "an unusable value would accept deliveries of any age.",
    );
  }
  return value;
}

function nowOf(value: Date | number | undefined): number {
  if (value === undefined) return Date.now();
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== "number" || !Number.isFinite(ms)) {
    throw new XerotierConfigError(`verifyWebhook: now must be a valid Date or finite epoch milliseconds, got ${String(value)}.`);
  }
  return ms;
}

function parseEvent(body: string | Uint8Array, validate: ValidateEvent): XerotierEvent {
  let json: unknown;
  try {
    json = JSON.parse(typeof body === "string" ? body : decoder.decode(body));
  } catch {
    throw new WebhookVerificationError("invalid_payload", "Webhook body is not valid UTF-8 JSON.");
  }
  let result: ReturnType<ValidateEvent>;
  try {
    result = validate(json);
  } catch (error) {
    result = { ok: false, issues: `validator threw: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!result.ok) throw new WebhookVerificationError("invalid_payload", `Webhook body is not a valid event envelope: ${result.issues}`);
  return result.event;
}

/** Case-insensitive, trimmed header lookup; of repeated values the first wins; empty counts as absent. */
function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  let value: string | string[] | null | undefined;
  if (typeof (headers as Headers).get === "function") {
    value = (headers as Headers).get(name); // any Fetch-style Headers, whichever realm made it
  } else {
    const wanted = name.toLowerCase();
    const record = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === wanted);
    value = key === undefined ? undefined : record[key];
  }
  const first = (Array.isArray(value) ? value[0] : value)?.trim();
  return first === undefined || first === "" ? undefined : first;
}
