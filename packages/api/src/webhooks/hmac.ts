/** HMAC-SHA256 over `<timestamp>.<raw body>` with WebCrypto, shared by signing and verifying. */

const encoder = new TextEncoder();

/** The WebCrypto `SubtleCrypto`, or a clear error on a runtime without it. */
function subtle(): SubtleCrypto {
  const candidate = globalThis.crypto?.subtle;
  if (candidate === undefined) throw new Error("Webhook signatures need WebCrypto (globalThis.crypto.subtle).");
  return candidate;
}

/** Imports the webhook secret as an HMAC-SHA256 key (non-extractable). */
export function importSecret(secret: string | Uint8Array): Promise<CryptoKey> {
  const bytes = typeof secret === "string" ? encoder.encode(secret) : Uint8Array.from(secret);
  if (bytes.byteLength === 0) throw new TypeError("The webhook secret must not be empty.");
  return subtle().importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

/** The exact bytes that are signed: the timestamp header as sent, a dot, the raw body bytes. */
export function signedPayload(timestamp: string, body: string | Uint8Array): Uint8Array<ArrayBuffer> {
  const prefix = encoder.encode(`${timestamp}.`);
  const rest = typeof body === "string" ? encoder.encode(body) : body;
  const bytes = new Uint8Array(prefix.byteLength + rest.byteLength);
  bytes.set(prefix, 0);
  bytes.set(rest, prefix.byteLength);
  return bytes;
}

/** HMAC-SHA256 of `payload`, lower-case hex. */
export async function hmacHex(key: CryptoKey, payload: Uint8Array<ArrayBuffer>): Promise<string> {
  const mac = new Uint8Array(await subtle().sign("HMAC", key, payload));
  return Array.from(mac, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Constant-time check of `signature` (raw bytes) via `crypto.subtle.verify`. */
export function hmacVerify(key: CryptoKey, signature: Uint8Array<ArrayBuffer>, payload: Uint8Array<ArrayBuffer>): Promise<boolean> {
  return subtle().verify("HMAC", key, signature, payload);
}

/** Decodes 64 hex characters (a SHA-256 MAC) to bytes; `undefined` if malformed. */
export function decodeSha256Hex(hex: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) return undefined;
  const bytes = new Uint8Array(32);
  for (let i = 0; i < 32; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
