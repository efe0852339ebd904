/** RFC 3339 (UTC, second precision when whole) for a clock reading in milliseconds. */
export function iso(ms: number): string {
  const text = new Date(ms).toISOString();
  // Drop ".000" so seeded and documented times read naturally; keep real fractions.
  return text.endsWith(".000Z") ? `${text.slice(0, -5)}Z` : text;
}
