// Redaction of recorded answers: the SDK's rules (credential headers, bearer tokens, API keys,
// the caller's exact secrets) plus what a fixture must never keep from a body: the value of any
// field named like a key, secret, token, password, credential or signature, and e-mail addresses.
import { REDACTED, redactHeaders, redactSecrets } from "@xerotier/api/internal";

const SENSITIVE_FIELD = /key|secret|token|passw|credential|authori[sz]ation|cookie|signature|session/i;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// Not replayed and not worth keeping: they describe the transfer, not the answer.
const TRANSFER_HEADERS = new Set(["connection", "content-length", "date", "keep-alive", "transfer-encoding"]);

/** Free text with every secret, token, key and e-mail address replaced by `[REDACTED]`. */
export function redactText(text: string, secrets: readonly string[]): string {
  return redactSecrets(text, secrets).replace(EMAIL, REDACTED);
}

/**
 * A copy of a JSON value safe to keep: every string redacted as text, and every string under a
 * field named like a credential replaced whole. Types stay, so a redacted body still reads as
 * the same schema.
 */
export function redactJson(value: unknown, secrets: readonly string[], sensitive = false): unknown {
  if (typeof value === "string") return sensitive ? REDACTED : redactText(value, secrets);
  if (Array.isArray(value)) return value.map((item) => redactJson(item, secrets, sensitive));
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([name, field]) => [redactText(name, secrets), redactJson(field, secrets, sensitive || isSensitiveField(name))]),
  );
}

/** A field whose value is a credential: named like one, and not an id that refers to one (`join_key_id`). */
function isSensitiveField(name: string): boolean {
  return SENSITIVE_FIELD.test(name) && !/_ids?$/.test(name);
}

/** Response headers safe to keep: the SDK's header redaction, e-mails removed, transfer headers dropped. */
export function redactedHeaders(headers: Headers | Record<string, string> | undefined, secrets: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(redactHeaders(headers, secrets))) {
    if (!TRANSFER_HEADERS.has(name)) kept[name] = value.replace(EMAIL, REDACTED);
  }
  return kept;
}

/** An event-stream body safe to keep: each `data:` line's JSON redacted like a body, every other line as text. */
export function redactEventStream(text: string, secrets: readonly string[]): string {
  return text
    .split(/(\r\n|\r|\n)/)
    .map((part) => {
      if (!part.startsWith("data:")) return redactText(part, secrets);
      const data = part.slice(5).replace(/^ /, "");
      try {
        return `data: ${JSON.stringify(redactJson(JSON.parse(data), secrets))}`;
      } catch {
        return redactText(part, secrets);
      }
    })
    .join("");
}
