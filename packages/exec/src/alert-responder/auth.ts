import { XerotierConfigError } from "@xerotier/api";

/**
 * Who may drive the responder: the credential Alertmanager sends through its webhook's
 * `http_config` (`authorization: { credentials }` sends `Bearer <token>`; `basic_auth` sends
 * Basic), or an explicit `insecureNoAuth: true` for a local test.
 */
export type AlertResponderAuth =
  | { /** `Authorization: Bearer <token>`. */ bearerToken: string }
  | { /** `Authorization: Basic base64(<username>:<password>)`. */ basic: { username: string; password: string } }
  | { /** Anyone who can reach the port may pause agents: for a local test only. */ insecureNoAuth: true };

const encoder = new TextEncoder();

// Header-safe and unambiguous: no control characters, no space at either end.
const usable = (value: unknown): value is string => typeof value === "string" && value !== "" && value === value.trim() && ![...value].some((c) => c < " " || c === "\u007f");

function base64(text: string): string {
  return btoa(Array.from(encoder.encode(text), (byte) => String.fromCharCode(byte)).join(""));
}

/** The one `Authorization` value accepted (scheme lower-cased), or `undefined` with `insecureNoAuth`. */
function expectedAuthorization(auth: AlertResponderAuth | undefined): string | undefined {
  const given = (auth ?? {}) as Partial<{ bearerToken: unknown; basic: { username?: unknown; password?: unknown }; insecureNoAuth: unknown }>;
  const kinds = ["bearerToken", "basic", "insecureNoAuth"].filter((k) => k in given);
  if (kinds.length !== 1) {
    throw new XerotierConfigError(
      "createAlertResponder needs `auth`: { bearerToken } or { basic: { username, password } }, the credential Alertmanager sends " +
        "through the webhook's http_config (or { insecureNoAuth: true } for a local test). Give exactly one.",
    );
  }
  if ("insecureNoAuth" in given) {
    if (given.insecureNoAuth !== true) throw new XerotierConfigError("auth.insecureNoAuth must be exactly true.");
    return undefined;
  }
  if ("bearerToken" in given) {
    if (!usable(given.bearerToken)) throw new XerotierConfigError("auth.bearerToken must be a non-empty string without surrounding spaces or control characters.");
    return `bearer ${given.bearerToken}`;
  }
  const { username, password } = given.basic ?? {};
  if (!usable(username) || username.includes(":") || !usable(password)) {
    throw new XerotierConfigError("auth.basic needs a non-empty username without ':' and a non-empty password, without surrounding spaces or control characters.");
  }
  return `basic ${base64(`${username}:${password}`)}`;
}

/** `Scheme credentials` with the scheme lower-cased (schemes are case-insensitive), or the raw value. */
function normalised(header: string): string {
  const match = /^([A-Za-z]+) +(\S+)$/.exec(header.trim());
  return match ? `${match[1]!.toLowerCase()} ${match[2]}` : header;
}

/**
 * A check of the `Authorization` header in constant time: both the expected value and the
 * presented one go through HMAC-SHA256 under a random per-process key, and WebCrypto's `verify`
 * compares the MACs, so neither the length nor the content of the secret leaks through timing.
 */
export function authorizationCheck(auth: AlertResponderAuth | undefined): { scheme: string | undefined; check(header: string | null): Promise<boolean> } {
  const expected = expectedAuthorization(auth);
  if (expected === undefined) return { scheme: undefined, check: async () => true };
  let ready: Promise<{ key: CryptoKey; mac: ArrayBuffer }> | undefined;
  const prepare = async () => {
    const key = await crypto.subtle.importKey("raw", crypto.getRandomValues(new Uint8Array(32)), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    return { key, mac: await crypto.subtle.sign("HMAC", key, encoder.encode(expected)) };
  };
  return {
    scheme: expected.startsWith("bearer ") ? "Bearer" : "Basic",
    async check(header) {
      ready ??= prepare();
      const { key, mac } = await ready;
      return crypto.subtle.verify("HMAC", key, mac, encoder.encode(normalised(header ?? "")));
    },
  };
}
