/** Checks a duration option: a finite number ≥ 0, or the default. */
export function duration(name: string, value: number | undefined, fallback: number): number {
  const ms = value ?? fallback;
  if (!(typeof ms === "number" && Number.isFinite(ms) && ms >= 0)) {
    throw new RangeError(`Invalid \`${name}\`: expected a non-negative number of milliseconds, got ${String(value)}.`);
  }
  return ms;
}
