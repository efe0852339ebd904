/** The W3C `traceparent` request header (Trace Context level 1). */
export const TRACEPARENT_HEADER = "traceparent";

const FIELDS = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const ALL_ZERO = /^0+$/;

/**
 * The trace id of a valid `traceparent`, or `undefined` for a missing or malformed one (which a
 * server ignores, never answers with an error). Version `ff`, an all-zero trace or parent id and
 * uppercase hex are invalid; version `00` has exactly four fields, later versions may append more.
 */
export function traceIdOf(header: string | null | undefined): string | undefined {
  if (!header || header.length > 512) return undefined;
  const match = FIELDS.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId, parentId, , rest] = match;
  if (version === "ff" || (version === "00" && rest !== undefined)) return undefined;
  if (ALL_ZERO.test(traceId!) || ALL_ZERO.test(parentId!)) return undefined;
  return traceId;
}
