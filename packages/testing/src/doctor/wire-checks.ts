// The wire checks judged over every answer: x-request-id, the error envelope, a 429's headers.
import { parseRetryAfter } from "@xerotier/api/internal";
import { behaviour } from "./findings";
import type { WireLog } from "./state";
import type { PathFinding } from "./strict-reading";
import type { WireCheck } from "./types";

/** A check from its findings: `conforms` with `detail` when there are none, else `differs` listing them. */
export function wire(check: WireCheck["check"], findings: readonly PathFinding[], detail: string): WireCheck {
  if (findings.length === 0) return { check, outcome: "conforms", detail, findings: [] };
  const listed = findings.map((f) => `${f.path}: expected ${f.expected}, got ${f.received}`).join("; ");
  return { check, outcome: "differs", detail: listed, findings: findings.map((f) => ({ ...f, count: 1 })) };
}

/** A check that could not be made, and why. */
export function notProbed(check: WireCheck["check"], detail: string): WireCheck {
  return { check, outcome: "not_probed", detail, findings: [] };
}

/** Every answer must carry `x-request-id` (the SDK puts it on every error and log line). */
export function judgeRequestIds(log: WireLog): WireCheck {
  if (log.answers === 0) return notProbed("request_id", "no answer was received");
  if (log.withoutRequestId.size === 0) return wire("request_id", [], `all ${log.answers} answers carried x-request-id`);
  const findings = [...log.withoutRequestId].map(([operationId, count]) => ({
    ...behaviour("header x-request-id", "present on every answer", "absent"),
    count,
    context: operationId,
  }));
  const missing = findings.reduce((sum, f) => sum + f.count, 0);
  return { check: "request_id", outcome: "differs", detail: `${missing} of ${log.answers} answers lacked x-request-id`, findings };
}

/** The error envelope of the made-up-id 404s. */
export function judgeEnvelopes(log: WireLog): WireCheck {
  if (log.envelopeChecks.length === 0) return notProbed("error_envelope", "no resource could be read, so no made-up id was asked for");
  const findings = log.envelopes.list();
  const detail = `${log.envelopeChecks.length} made-up ids answered 404 with an envelope the SDK reads`;
  if (findings.length === 0) return wire("error_envelope", [], detail);
  const listed = findings.map((f) => `${f.context ?? ""} ${f.path}: expected ${f.expected}, got ${f.received}`.trim()).join("; ");
  return { check: "error_envelope", outcome: "differs", detail: listed, findings };
}

const RATE_LIMIT_HEADERS = ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];

/**
 * The 429s that happened (the doctor never provokes one): `Retry-After` in seconds or as an
 * HTTP-date (the SDK waits by it), and the `x-ratelimit-*` headers (reported, tolerated).
 */
export function judgeRateLimits(log: WireLog): WireCheck {
  if (log.rateLimited.length === 0) return notProbed("rate_limit", "no 429 happened (the doctor does not provoke one)");
  const findings: PathFinding[] = [];
  for (const { error } of log.rateLimited) {
    const headers = error.headers ?? {};
    const retryAfter = headers["retry-after"];
    if (retryAfter === undefined) findings.push(behaviour("header retry-after", "seconds or an HTTP-date", "absent"));
    else if (parseRetryAfter(retryAfter, Date.now()) === undefined) findings.push(behaviour("header retry-after", "seconds or an HTTP-date", JSON.stringify(retryAfter.slice(0, 40))));
    for (const name of RATE_LIMIT_HEADERS) {
      const value = headers[name];
      if (value === undefined || !/^\d+$/.test(value.trim())) findings.push(behaviour(`header ${name}`, "a non-negative integer", value === undefined ? "absent" : JSON.stringify(value.slice(0, 20)), false));
    }
  }
  const unique = [...new Map(findings.map((f) => [`${f.path}${f.received}`, f])).values()];
  return wire("rate_limit", unique, `${log.rateLimited.length} answer(s) of 429 carried Retry-After and the x-ratelimit-* headers`);
}
