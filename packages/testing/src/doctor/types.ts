import type { RecordedFixture } from "../fixtures/format";

/** What kind of difference from the spec a {@link Finding} is. */
export type FindingKind =
  /** A field the spec marks required is absent. */
  | "missing"
  /** A field the spec does not declare. */
  | "unknown_field"
  /** An enum or constant value the spec does not list (a new status, risk, event type…). */
  | "unknown_value"
  /** The JSON type differs (a string where the spec says integer). */
  | "type"
  /** An id without its documented prefix (`agt_`, `jk_`, `ws_`, `inv_`, `evt_`, `cart_`) or an approval id that is not a UUID. */
  | "id_format"
  /** A timestamp that is not an RFC 3339 date-time. */
  | "timestamp"
  /** Another pattern or length the spec sets. */
  | "format"
  /** A number outside the spec's bounds. */
  | "range"
  /** A wire behaviour: a header, a status, the error envelope, a stream frame, resuming. */
  | "behaviour";

/** One way a deployment's answers differ from `openapi/xerotier.yaml`. */
export interface Finding {
  /** Where, as a JSON path: `$` is the body (or a frame's data), `$.data[].status` every item of a list. */
  path: string;
  kind: FindingKind;
  /** What the spec says, e.g. `one of pending, approved, …` or `string`. */
  expected: string;
  /** What the deployment sent: a JSON type, a short value, or `absent`. Never a secret. */
  received: string;
  /**
   * Whether the SDK depends on it: a field the spec lists in `x-tolerant-required` (the SDK
   * cannot use a value without it), or a wire behaviour the SDK relies on (`x-request-id`,
   * `Retry-After`, the error envelope, `stream.open`, keep-alive, `Last-Event-ID`). Every other
   * finding is drift the SDK tolerates: it keeps the value and reads on.
   */
  sdkDepends: boolean;
  /** How many values (list items, pages, frames) showed it. */
  count: number;
  /** Which answer showed it when it is not the operation's success body, e.g. `frame exec.approved`, `404 of a made-up id`. */
  context?: string;
}

/** How one operation of the spec fared. */
export type OperationOutcome = "conforms" | "differs" | "not_allowed" | "not_probed" | "failed";

/** The result for one operation of the spec. */
export interface OperationReport {
  /** The spec's `operationId`, e.g. `listApprovals`. */
  operationId: string;
  /** `GET`, `POST`, … */
  method: string;
  /** The spec's path template, e.g. `/v1/exec/approvals/{approval_id}`. */
  path: string;
  outcome: OperationOutcome;
  /** What was probed (`2 pages, 23 items`), or why not (`a write; run with --write`, `scope_insufficient`, `HTTP 503`). */
  detail: string;
  /** Requests made for it. */
  calls: number;
  findings: Finding[];
}

/** The wire behaviours the SDK relies on, each checked once. */
export type WireCheckName = "request_id" | "error_envelope" | "rate_limit" | "stream_open" | "keep_alive" | "last_event_id";

/** The result of one wire check. */
export interface WireCheck {
  check: WireCheckName;
  outcome: "conforms" | "differs" | "not_probed";
  /** One line: what was seen, or why it could not be checked. */
  detail: string;
  findings: Finding[];
}

/** What {@link probeDeployment} found. */
export interface DoctorReport {
  /** `ok` when nothing the SDK depends on differs and nothing failed; `summary` says it in one line. */
  verdict: { ok: boolean; summary: string };
  /** The client's project-scoped base URL and project. */
  target: { baseUrl: string; project: string };
  /** The SDK version that probed, and the version of the spec it compared against. */
  sdkVersion: string;
  specVersion: string;
  /** When the probe started (RFC 3339) and how long it took. */
  startedAt: string;
  durationMs: number;
  /** Requests made (stream connections included). */
  requests: number;
  /** Whether the safe writes ran (`write: true`). */
  wrote: boolean;
  /** One entry per operation of the spec, in the spec's order. */
  operations: OperationReport[];
  wire: WireCheck[];
  /** What the doctor wrote and could not undo (a join key it failed to revoke): act on these. */
  leftovers: string[];
  /** Every answer probed, redacted, when `record: true` (write them with `writeFixtures`). */
  fixtures?: RecordedFixture[];
}

/** Options of {@link probeDeployment}. Every bound has a default; none can be switched off. */
export interface ProbeOptions {
  /**
   * Also make the few safe writes: create a join key and revoke it at once, and (with
   * `workspaceId`) invoke one tool whose risk is exactly `read` and that takes no required
   * argument. Default false: read only.
   */
  write?: boolean;
  /** The workspace of the read-only invocation (`write: true`); without it no tool is invoked. */
  workspaceId?: string;
  /** How long to watch the event stream for frames and keep-alives, in seconds (default 5, at most 300). */
  streamSeconds?: number;
  /** Pages read per list (default 2, at most 20). */
  maxPages?: number;
  /** Items per page (`limit`, default 20, 1–100). */
  pageSize?: number;
  /** Requests in all, stream connections included (default 100, at most 1000); undoing the probe's own writes may go past it. */
  maxRequests?: number;
  /** The whole probe, in ms (default 120 000); what is left when it ends is reported as not probed. */
  timeoutMs?: number;
  /** Each request, in ms (default 10 000). */
  requestTimeoutMs?: number;
  /** Bytes read from one event-stream connection (default 1 MiB). */
  maxStreamBytes?: number;
  /** Keep every answer, redacted, in `report.fixtures`. */
  record?: boolean;
  /** Strings to redact wherever they appear in fixtures and the report (pass the API key). */
  secrets?: readonly string[];
  /** Stops the probe; it then rejects with `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Called before each step, e.g. `listApprovals`, for progress output. */
  onStep?: (step: string) => void;
}
