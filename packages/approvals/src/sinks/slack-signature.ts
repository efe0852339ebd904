/** Slack request signing (`v0`): HMAC-SHA256 over `v0:<timestamp>:<raw body>` with WebCrypto. */
import { XerotierConfigError } from "@xerotier/api";

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const candidate = globalThis.crypto?.subtle;
  if (candidate === undefined) throw new Error("Slack signatures need WebCrypto (globalThis.crypto.subtle).");
  return candidate;
}

async function importSigningSecret(secret: string): Promise<CryptoKey> {
  if (typeof secret !== "string" || secret === "") throw new TypeError("The Slack signing secret must be a non-empty string.");
  return subtle().importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

/** Why a Slack request was refused. */
export type SlackSignatureProblem = "missing_headers" | "stale_timestamp" | "bad_signature";

/** Input of {@link verifySlackSignature}. */
export interface VerifySlackSignatureOptions {
  /** The app's signing secret. */
  signingSecret: string;
  /** The raw body exactly as received. */
  body: string;
  /** `X-Slack-Request-Timestamp`. */
  timestamp: string | null | undefined;
  /** `X-Slack-Signature` (`v0=<hex>`). */
  signature: string | null | undefined;
  /**
   * Accepted clock difference, seconds. Default 300 (Slack's five minutes). Must be a finite
   * number ≥ 0: `NaN`, a negative number or `Infinity` would disable the freshness check, so they
   * throw `XerotierConfigError`.
   */
  toleranceSeconds?: number;
  /** The current time, unix ms (for tests), a finite number. Default `Date.now()`. */
  now?: number;
}

/** The freshness window, checked as `verifyWebhook` checks its own: a value that would switch it off is refused. */
export function slackToleranceSeconds(value: number | undefined): number {
  if (value === undefined) return 300;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new XerotierConfigError(`Slack signatures: toleranceSeconds must be a finite number of seconds >= 0, got ${String(value)}; an unusable value would accept requests of any age.`);
  }
  return value;
}

/**
 * Checks a Slack request signature: the timestamp within the tolerance of now, then the HMAC
 * compared in constant time (`crypto.subtle.verify`). Resolves `undefined` when valid, else the
 * problem. A `toleranceSeconds` or `now` that would switch the freshness check off rejects with
 * `XerotierConfigError` before anything else.
 */
export async function verifySlackSignature(options: VerifySlackSignatureOptions): Promise<SlackSignatureProblem | undefined> {
  const tolerance = slackToleranceSeconds(options.toleranceSeconds);
  const nowMs = options.now ?? Date.now();
  if (typeof nowMs !== "number" || !Number.isFinite(nowMs)) throw new XerotierConfigError(`Slack signatures: now must be finite epoch milliseconds, got ${String(options.now)}.`);
  const { timestamp, signature } = options;
  if (!timestamp || !signature) return "missing_headers";
  const seconds = /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN;
  const nowSeconds = nowMs / 1000;
  if (!Number.isFinite(seconds) || Math.abs(nowSeconds - seconds) > tolerance) return "stale_timestamp";
  const mac = /^v0=([0-9a-fA-F]{64})$/.exec(signature)?.[1];
  if (mac === undefined) return "bad_signature";
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = Number.parseInt(mac.slice(i * 2, i * 2 + 2), 16);
  const key = await importSigningSecret(options.signingSecret);
  const valid = await subtle().verify("HMAC", key, bytes, encoder.encode(`v0:${timestamp}:${options.body}`));
  return valid ? undefined : "bad_signature";
}

/**
 * Signs a body the way Slack does, for tests and local tools: returns the two headers Slack sends.
 *
 * @example
 * ```ts
 * const headers = await signSlackRequest({ signingSecret, body });
 * await fetch(url, { method: "POST", body, headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" } });
 * ```
 */
export async function signSlackRequest(options: { signingSecret: string; body: string; timestamp?: number }): Promise<{ "X-Slack-Request-Timestamp": string; "X-Slack-Signature": string }> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const key = await importSigningSecret(options.signingSecret);
  const mac = new Uint8Array(await subtle().sign("HMAC", key, encoder.encode(`v0:${timestamp}:${options.body}`)));
  const hex = Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return { "X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": `v0=${hex}` };
}
