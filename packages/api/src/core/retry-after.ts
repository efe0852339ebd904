// Pure parser for the HTTP `Retry-After` field (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const TIME = "(\\d{2}):(\\d{2}):(\\d{2})";
// IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`
const IMF_FIXDATE = new RegExp(`^(?:mon|tue|wed|thu|fri|sat|sun), (\\d{2}) ${MONTH} (\\d{4}) ${TIME} gmt$`, "i");
// Obsolete RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`
const RFC_850 = new RegExp(
  `^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (\\d{2})-${MONTH}-(\\d{2}) ${TIME} gmt$`,
  "i",
);
// Obsolete asctime: `Sun Nov  6 08:49:37 1994`
const ASCTIME = new RegExp(`^(?:mon|tue|wed|thu|fri|sat|sun) ${MONTH} ( \\d|\\d{2}) ${TIME} (\\d{4})$`, "i");
const DELTA_SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * Parses a `Retry-After` value into a wait in milliseconds.
 *
 * Accepts delta-seconds (`"120"`, leniently also `"1.5"`) and the three HTTP-date formats. Never
 * returns `NaN`, a negative number or `Infinity`: a date in the past gives `0`, an absurdly large
 * value is clamped to `Number.MAX_SAFE_INTEGER`, and anything else (empty, negative, garbage) gives
 * `undefined`.
 *
 * @param value - the header value, or `null`/`undefined` when the header is absent
 * @param nowMs - the current time, for HTTP-dates (defaults to `Date.now()`)
 * @example
 * ```ts
 * parseRetryAfter("3"); // 3000
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2015-10-21T07:27:58Z")); // 2000
 * parseRetryAfter("soon"); // undefined
 * ```
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === "") return undefined;
  if (DELTA_SECONDS.test(text)) return clampMs(Number(text) * 1000);
  const at = parseHttpDate(text, nowMs);
  if (at === undefined || !Number.isFinite(nowMs)) return undefined;
  return clampMs(at - nowMs);
}

/**
 * Converts a number of seconds from a JSON body (the envelope's `error.retry_after`) into
 * milliseconds, with the same guarantees as {@link parseRetryAfter}.
 */
export function secondsToRetryAfterMs(seconds: unknown): number | undefined {
  if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds < 0) return undefined;
  return clampMs(seconds * 1000);
}

function clampMs(ms: number): number {
  if (!(ms > 0)) return 0; // also maps NaN to 0; callers only pass values already known to be numbers
  return Math.min(Math.round(ms), Number.MAX_SAFE_INTEGER);
}

/** Parses one of the three HTTP-date formats to epoch milliseconds (UTC), or `undefined`. */
function parseHttpDate(text: string, nowMs: number): number | undefined {
  let match = IMF_FIXDATE.exec(text);
  if (match) return utc(match[3], match[2], match[1], match[4], match[5], match[6]);
  match = RFC_850.exec(text);
  if (match) return utc(fullYear(Number(match[3]), nowMs), match[2], match[1], match[4], match[5], match[6]);
  match = ASCTIME.exec(text);
  if (match) return utc(match[6], match[1], match[2], match[3], match[4], match[5]);
  return undefined;
}

// RFC 9110: a two-digit year that looks more than 50 years in the future is in the past century.
function fullYear(twoDigits: number, nowMs: number): string {
  const currentYear = new Date(Number.isFinite(nowMs) ? nowMs : 0).getUTCFullYear();
  let year = Math.floor(currentYear / 100) * 100 + twoDigits;
  if (year > currentYear + 50) year -= 100;
  return String(year);
}

function utc(
  year: string | number | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
): number | undefined {
  const m = MONTHS.indexOf((month ?? "").toLowerCase());
  const [y, d, h, min, s] = [year, day, hour, minute, second].map((part) => Number(String(part).trim())) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (m < 0 || [y, d, h, min, s].some((n) => !Number.isInteger(n))) return undefined;
  if (h > 23 || min > 59 || s > 60) return undefined;
  const ms = Date.UTC(y, m, d, h, min, Math.min(s, 59));
  // Reject dates Date.UTC silently rolled over, such as 31 Feb.
  return new Date(ms).getUTCDate() === d && d >= 1 ? ms : undefined;
}
