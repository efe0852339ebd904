/** RFC 3339 (UTC, second precision when whole) for a clock reading in milliseconds. */
export function iso(ms: number): string {
  const text = new Date(ms).toISOString();
  // Drop ".000" so seeded and documented times read naturally; keep real fractions.
  return text.endsWith(".000Z") ? `${text.slice(0, -5)}Z` : text;
}

/** Unix seconds for a clock reading in milliseconds (the event envelope's `created_at`). */
export function unixSeconds(ms: number): number {
  return Math.floor(ms / 1000);
}

/** Milliseconds for an RFC 3339 string produced by {@link iso}. */
export function parseIso(text: string): number {
  return Date.parse(text);
}
