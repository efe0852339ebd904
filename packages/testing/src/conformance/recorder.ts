import type { ErrorObject } from "ajv/dist/2020.js";

/** How the router treats responses that disagree with the spec. */
export type ConformanceMode = "off" | "record" | "throw";

/** What kind of disagreement with the spec a violation is. */
export type ViolationKind =
  | "unknown_operation" | "undeclared_status" | "missing_header" | "invalid_header" | "unexpected_content_type" | "invalid_body" | "invalid_event";

/** One response (or event-stream frame) that disagreed with `openapi/xerotier.yaml`. */
export interface ConformanceViolation {
  kind: ViolationKind;
  method: string;
  /** The request path as sent, project segment included. */
  path: string;
  status: number;
  /** The spec operation, when the path matched one. */
  operationId?: string;
  requestId?: string;
  /** One readable sentence. */
  message: string;
  /** Ajv's errors, for body and event violations. */
  errors?: ErrorObject[];
}

/** Thrown by {@link Conformance.assertClean} (and answered in `throw` mode) listing what disagreed with the spec. */
export class ConformanceError extends Error {
  /** The violations, each with method, path, status and the schema errors. */
  readonly violations: readonly ConformanceViolation[];
  constructor(violations: readonly ConformanceViolation[]) {
    super(formatViolations(violations));
    this.name = "ConformanceError";
    this.violations = violations;
  }
}

/**
 * Spec conformance of everything the router answered (the `/_router/*` control endpoints,
 * CORS preflights and deliberately injected faults excepted).
 *
 * @example
 * afterEach(() => router.conformance.assertClean());
 */
export interface Conformance {
  /** `off` checks nothing; `record` collects; `throw` also answers a violating response with a 500 naming the violation. */
  mode: ConformanceMode;
  /** Violations recorded since the last `clear()` / `assertClean()`. */
  readonly violations: readonly ConformanceViolation[];
  /** Forgets recorded violations (after a test that provokes one on purpose). */
  clear(): void;
  /** Throws a {@link ConformanceError} listing the recorded violations, if any, and clears them. */
  assertClean(): void;
  /** Records a violation (used by the router's checks). */
  record(violation: ConformanceViolation): void;
}

/** Creates the recorder behind `router.conformance`. */
export function createConformance(mode: ConformanceMode = "record"): Conformance {
  let violations: ConformanceViolation[] = [];
  return {
    mode,
    get violations() {
      return violations;
    },
    clear() {
      violations = [];
    },
    assertClean() {
      if (violations.length === 0) return;
      const found = violations;
      violations = [];
      throw new ConformanceError(found);
    },
    record(violation) {
      // Bounded: a runaway stream cannot grow this without limit.
      if (violations.length < 1000) violations.push(violation);
    },
  };
}

/** One line per violation: `GET /proj_demo/v1/exec/tools → 200 (listTools): message`. */
export function formatViolations(violations: readonly ConformanceViolation[]): string {
  const lines = violations.map(
    (v) => `  ${v.method} ${v.path} → ${v.status}${v.operationId ? ` (${v.operationId})` : ""} [${v.kind}]: ${v.message}`,
  );
  return `${violations.length} response(s) disagree with openapi/xerotier.yaml:\n${lines.join("\n")}`;
}
