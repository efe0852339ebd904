/** Placeholder written where a secret was. */
export const REDACTED = "[REDACTED]";

// Header names whose values are credentials or session state; matched case-insensitively.
const SENSITIVE_HEADER = /^(?:authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key)$|secret|token|password|signature/i;

/** Whether a header of this name must never be logged or kept on an error. */
export function isSensitiveHeader(name: string): boolean {
  return SENSITIVE_HEADER.test(name);
}

/**
 * A plain, log-safe copy of `headers`: lower-cased names, credential values replaced by
 * `[REDACTED]`, and every other value passed through {@link redactSecrets} (a server may echo a
 * key in any header).
 *
 * @example
 * ```ts
 * redactHeaders(new Headers({ Authorization: "Bearer xero_p_abc" })); // { authorization: "[REDACTED]" }
 * ```
 */
export function redactHeaders(
  headers: Headers | Record<string, string> | undefined,
  secrets: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers === undefined) return out;
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    out[key] = isSensitiveHeader(key) ? REDACTED : redactSecrets(value, secrets);
  }
  return out;
}

// Not an already redacted token: redacting `Bearer [REDACTED])` again would eat the `)`.
const BEARER = /\bBearer\s+(?!\[REDACTED\])[^\s"',;]+/gi;
// Xerotier API keys look like `xero_<project_slug>_<random>`.
const API_KEY = /\bxero_[A-Za-z0-9_-]{6,}/g;

/**
 * Removes credentials from free text (server messages, body excerpts, params, header values):
 * first each of `secrets` verbatim, longest first (ignored when shorter than 8 characters, so
 * short strings cannot blank out ordinary words), then bearer tokens and anything shaped like a
 * Xerotier API key. Exact secrets go first: a pattern stops at characters such as `+`, `/` or `=`
 * and would otherwise leave the rest of such a key in the text.
 */
export function redactSecrets(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out.replace(BEARER, `Bearer ${REDACTED}`).replace(API_KEY, `xero_${REDACTED}`);
}

/** Longest body excerpt kept on an error. */
export const MAX_EXCERPT_LENGTH = 200;

/**
 * A short, single-line, secret-free excerpt of a response body for errors and logs: whitespace
 * runs collapse to one space and the result is at most `MAX_EXCERPT_LENGTH` characters.
 */
export function bodyExcerpt(text: string, secrets: readonly string[] = []): string {
  // Redact the whole text before cutting, so a cut can never leave half a secret behind.
  const collapsed = redactSecrets(text, secrets).replace(/\s+/g, " ").trim();
  return collapsed.length <= MAX_EXCERPT_LENGTH ? collapsed : `${collapsed.slice(0, MAX_EXCERPT_LENGTH - 1)}…`;
}
