import { REDACTED, redactSecrets } from "@xerotier/api/internal";

const PLACEHOLDER = "<redacted: looks like an API key>";
// An absolute or explicitly relative path (quoted or not): its segments are names, such as a
// temporary directory's random suffix, and only a key-shaped one is masked.
const PATH = /^['"]?(?:\/|\.\.?\/|~\/)/;

/** Shaped like a Xerotier API key (`xero_<slug>_<random>`), or masked by the SDK's redaction rules. */
function keyShaped(word: string): boolean {
  return /^xero_/i.test(word) || redactSecrets(word) !== word;
}

/** A long random-looking token (mixed case and digits), as a pasted credential of another kind is. */
function randomToken(word: string): boolean {
  return /^[A-Za-z0-9+/=_.-]{20,}$/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word);
}

/**
 * Whether a command-line word looks like a credential: an API key (`xero_…`), anything the SDK's
 * redaction rules mask, or a long random-looking token (mixed case and digits); in a path
 * (`/…`, `./…`, `~/…`), only a segment shaped like a key. Such words are never echoed in messages.
 */
export function looksLikeSecret(word: string): boolean {
  if (PATH.test(word)) return word.split("/").some(keyShaped);
  return keyShaped(word) || randomToken(word);
}

/** The word as a message may show it: itself, or a placeholder when it looks like a credential. */
export function shown(word: string): string {
  return looksLikeSecret(word) ? PLACEHOLDER : word;
}

/**
 * Masks what looks like a credential in `text` (the last line of defence for usage messages,
 * which quote what the user typed): first what the SDK's redaction rules mask (API keys, bearer
 * tokens), then each word as {@link looksLikeSecret} judges it, a path segment by segment.
 */
export function scrubSecrets(text: string): string {
  return redactSecrets(text).replace(/\S+/g, (word) => {
    if (word.includes(REDACTED)) return word;
    if (PATH.test(word)) return word.replace(/[^/]+/g, (segment) => (keyShaped(segment) ? PLACEHOLDER : segment));
    // Split at '/' and '.' too: a relative path or a file name is not one long token.
    return word.replace(/[A-Za-z0-9+=_-]{5,}/g, shown);
  });
}
