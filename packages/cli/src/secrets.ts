/**
 * Whether a command-line word looks like a credential: an API key (`xero_…`) or a long
 * random-looking token (mixed case and digits). Such words are never echoed in messages.
 */
export function looksLikeSecret(word: string): boolean {
  if (/^xero_/i.test(word)) return true;
  return /^[A-Za-z0-9+/=_.-]{20,}$/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word);
}

/** The word as a message may show it: itself, or a placeholder when it looks like a credential. */
export function shown(word: string): string {
  return looksLikeSecret(word) ? "<redacted: looks like an API key>" : word;
}

/**
 * Replaces every word of `text` that looks like a credential (the last line of defence for usage
 * messages, which quote what the user typed).
 */
export function scrubSecrets(text: string): string {
  // Split at '/' and '.' so a path (a random temp directory) is not taken for one long token.
  return text.replace(/[A-Za-z0-9+=_-]{5,}/g, (word) => shown(word));
}
