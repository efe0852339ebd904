import type { AutoApprovalPolicy, TimeWindow } from "./policy-types";

const AUTO_APPROVABLE: readonly string[] = ["read", "write"];

function stringList(name: string, value: unknown, options: { required: boolean }): void {
  if (value === undefined && !options.required) return;
  const ok = Array.isArray(value) && (!options.required || value.length > 0) && value.every((v) => typeof v === "string" && v !== "");
  if (!ok) {
    const need = options.required ? "a non-empty list of tool names" : "a list of non-empty strings";
    throw new TypeError(`policy.${name} must be ${need}; got ${JSON.stringify(value) ?? String(value)}.`);
  }
}

/** Minutes since midnight of an `"HH:MM"` bound; a malformed one is a `TypeError`. */
export function minutesOf(hhmm: string): number {
  const match = typeof hhmm === "string" ? /^(\d{2}):(\d{2})$/.exec(hhmm) : null;
  if (!match) throw new TypeError(`time window bound '${String(hhmm)}' is not HH:MM`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function checkWindow(window: TimeWindow): void {
  minutesOf(window.from);
  minutesOf(window.to);
  if (window.days !== undefined && !(Array.isArray(window.days) && window.days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6))) {
    throw new TypeError(`time window days must be integers 0 (Sunday) to 6; got ${JSON.stringify(window.days)}.`);
  }
}

/**
 * Refuses a policy that could approve on a guess (e.g. from untyped config): a ceiling above
 * `write` (`RangeError`), no allowlist, or lists and windows of the wrong shape (`TypeError`).
 * Nothing is widened or defaulted: a policy that does not name what it allows cannot approve.
 */
export function checkPolicy(policy: AutoApprovalPolicy): void {
  if (!AUTO_APPROVABLE.includes(policy.maxRisk as string)) {
    throw new RangeError(`maxRisk must be "read" or "write"; got ${JSON.stringify(policy.maxRisk)}.`);
  }
  stringList("allowTools", policy.allowTools, { required: true });
  stringList("denyTools", policy.denyTools, { required: false });
  stringList("workspaces", policy.workspaces, { required: false });
  if (policy.windows !== undefined) {
    if (!Array.isArray(policy.windows)) throw new TypeError("policy.windows must be a list of time windows.");
    policy.windows.forEach(checkWindow);
  }
}
