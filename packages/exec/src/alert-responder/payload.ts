import { BodyError } from "./body";

/** One alert of a payload, its labels merged over the group's common ones. */
export interface OneAlert {
  status: string;
  labels: Record<string, string>;
  fingerprint: string;
  raw: Record<string, unknown>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const stringsOf = (v: unknown): Record<string, string> => (isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === "string")) : {});

/**
 * The alerts of an Alertmanager v4 payload, each with the group's common labels merged under its
 * own; a payload with more than `maxAlerts` is refused whole (413) before anything is done.
 */
export function alertsOf(payload: unknown, maxAlerts: number): OneAlert[] {
  if (!isRecord(payload) || !Array.isArray(payload.alerts)) throw new BodyError(400, "not an Alertmanager webhook payload: no alerts[]");
  if (payload.alerts.length > maxAlerts) {
    throw new BodyError(413, `${payload.alerts.length} alerts in one payload; at most ${maxAlerts} are accepted (set max_alerts in the webhook config)`);
  }
  const common = stringsOf(payload.commonLabels);
  return payload.alerts.filter(isRecord).map((raw) => ({
    status: typeof raw.status === "string" ? raw.status : typeof payload.status === "string" ? payload.status : "",
    labels: { ...common, ...stringsOf(raw.labels) },
    fingerprint: typeof raw.fingerprint === "string" ? raw.fingerprint : "",
    raw,
  }));
}
