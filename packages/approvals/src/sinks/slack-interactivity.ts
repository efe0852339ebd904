import { XerotierConfigError } from "@xerotier/api";
import { durationOption, readUpTo } from "@xerotier/api/internal";
import type { Approvals } from "../approvals";
import type { Decision } from "../decide";
import { ApprovalAlreadyResolvedError, ApprovalExpiredError } from "../errors";
import { SeenSignatures } from "./seen-signatures";
import { parsePress, type SlackPress, type SlackUser } from "./slack-press";
import { slackToleranceSeconds, verifySlackSignature } from "./slack-signature";

export type { SlackUser } from "./slack-press";

/** What one button press led to, for logs and audits. */
export interface SlackDecisionOutcome {
  /** The approval the button was for. */
  approvalId: string;
  /** Which button. */
  decision: Decision;
  /** Who pressed it. */
  user: SlackUser;
  /**
   * `done`: this press decided it; `already_resolved`: someone else decided first (see
   * `decidedBy`), nothing was changed; `expired`: it timed out; `forbidden`: `authorize` said no;
   * `failed`: the API call failed.
   */
  result: "done" | "already_resolved" | "expired" | "forbidden" | "failed";
  /** For `already_resolved`: who decided first (the approval's `decided_by`), when the server says. */
  decidedBy?: string | null;
  /** For `already_resolved`: the status it was decided with. */
  currentStatus?: string;
  /** The error, for `failed`. */
  error?: unknown;
}

/** Options of {@link slackInteractivityHandler}. Give exactly one of `authorize` and `allowAnyoneInChannel`. */
export interface SlackInteractivityOptions {
  /** The Slack app's signing secret. */
  signingSecret: string;
  /** Where decisions go (a `createApprovals(client)`). */
  approvals: Pick<Approvals, "approve" | "reject">;
  /**
   * Who may decide: return true to let this user decide this approval (false: HTTP 403, nothing
   * decided; a throw counts as false). Required: everyone who can see the channel can press a
   * button, so the handler refuses to be built without it (unless `allowAnyoneInChannel`).
   */
  authorize?: (user: SlackUser, decision: Decision, approvalId: string) => boolean | Promise<boolean>;
  /** Lets anyone in the channel decide, instead of `authorize`: for a local test workspace only. */
  allowAnyoneInChannel?: true;
  /**
   * The note recorded with the decision. Default `"<Approved|Rejected> in Slack by @<username> (<id>)"`.
   * Keep the user in it: the note is how the handler tells its own decision from an identical earlier one.
   */
  note?: (user: SlackUser, decision: Decision) => string;
  /** Called once per button press with what happened. */
  onOutcome?: (outcome: SlackDecisionOutcome) => void;
  /**
   * Accepted clock difference, seconds. Default 300 (Slack's five minutes). A finite number ≥ 0:
   * `NaN` (e.g. `Number(process.env.UNSET)`), a negative number or `Infinity` would accept requests
   * of any age, so they throw `XerotierConfigError` when the handler is built.
   */
  toleranceSeconds?: number;
  /** Limit of the decision call, ms (Slack wants an answer within 3 s). Default 2 500. */
  decisionTimeoutMs?: number;
  /** Signatures remembered to refuse a replayed request; past it the oldest is forgotten. Default 10 000. */
  replayMemory?: number;
  /** Largest body accepted, bytes (a positive integer). Default 65 536. */
  maxBodyBytes?: number;
  /** The current time, unix ms (for tests). Default `Date.now`. */
  now?: () => number;
}

type Authorize = NonNullable<SlackInteractivityOptions["authorize"]>;

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** Who may decide: `authorize`, or anyone with the explicit opt-out; refuses to guess. */
function authorizerOf(options: SlackInteractivityOptions): Authorize {
  if (options.authorize && options.allowAnyoneInChannel) throw new XerotierConfigError("slackInteractivityHandler: give `authorize` or `allowAnyoneInChannel: true`, not both.");
  if (typeof options.authorize === "function") return options.authorize;
  if (options.allowAnyoneInChannel === true) return () => true;
  throw new XerotierConfigError(
    "slackInteractivityHandler needs `authorize` (who may approve or reject): anyone who can see the channel can press a button. " +
      "For a local test workspace, pass `allowAnyoneInChannel: true` instead.",
  );
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`slackInteractivityHandler: ${name} must be a positive integer; got ${String(value)}.`);
  return n;
}

/**
 * The request handler behind a Slack app's Interactivity URL: a `(Request) => Promise<Response>`
 * for Bun, Deno, edge runtimes and Node (through `toNodeListener` from `@xerotier/api/node`). It
 * verifies Slack's signature (`v0=` HMAC-SHA256 over `v0:<timestamp>:<body>`, 5-minute tolerance,
 * constant-time compare), refuses a replayed request (signatures compared case-insensitively),
 * asks `authorize`, then approves or rejects through `approvals` with the Slack user in the note.
 * A press on an approval someone else already decided changes nothing and is reported as
 * `already_resolved` with who decided.
 *
 * @example
 * ```ts
 * const handle = slackInteractivityHandler({ signingSecret: process.env.SLACK_SIGNING_SECRET!, approvals, authorize: (user) => oncall.has(user.id) });
 * Bun.serve({ port: 3000, fetch: handle });
 * ```
 */
export function slackInteractivityHandler(options: SlackInteractivityOptions): (request: Request) => Promise<Response> {
  if (typeof options.signingSecret !== "string" || options.signingSecret === "") throw new TypeError("slackInteractivityHandler needs a signingSecret.");
  const authorize = authorizerOf(options);
  const tolerance = slackToleranceSeconds(options.toleranceSeconds);
  const timeoutMs = durationOption("decisionTimeoutMs", options.decisionTimeoutMs, 2_500);
  const maxBytes = positiveInteger("maxBodyBytes", options.maxBodyBytes, 65_536);
  const seen = new SeenSignatures(options.replayMemory ?? 10_000);
  const now = options.now ?? Date.now;

  return async (request) => {
    if (request.method !== "POST") return text(405, "method not allowed");
    const body = await readBody(request, maxBytes);
    if (body === undefined) return text(413, "body too large");
    const timestamp = request.headers.get("x-slack-request-timestamp");
    // Normalised once: the hex digits may come in either case, and a replay must not pass for new.
    const signature = request.headers.get("x-slack-signature")?.trim().toLowerCase() ?? null;
    const at = now();
    const problem = await verifySlackSignature({ signingSecret: options.signingSecret, body, timestamp, signature, toleranceSeconds: tolerance, now: at });
    if (problem) return text(401, problem);
    if (!seen.remember(signature!, Number(timestamp) * 1000 + tolerance * 1000, at)) return text(409, "replayed request");
    const press = parsePress(body);
    if (press === undefined) return text(400, "not a Xerotier approval button press");
    const outcome = await decide(options, authorize, press, timeoutMs);
    try {
      options.onOutcome?.(outcome);
    } catch {
      // A throwing reporter must not turn a recorded decision into an error for Slack.
    }
    if (outcome.result === "forbidden") return text(403, "not allowed to decide");
    if (outcome.result === "failed") return text(502, "the decision could not be recorded");
    return text(200, "");
  };
}

async function allowed(authorize: Authorize, press: SlackPress): Promise<boolean> {
  try {
    return (await authorize(press.user, press.decision, press.approvalId)) === true;
  } catch {
    return false; // an authorizer that throws has not said yes
  }
}

async function decide(options: SlackInteractivityOptions, authorize: Authorize, press: SlackPress, timeoutMs: number): Promise<SlackDecisionOutcome> {
  const base = { approvalId: press.approvalId, decision: press.decision, user: press.user };
  if (!(await allowed(authorize, press))) return { ...base, result: "forbidden" };
  const note = options.note?.(press.user, press.decision) ?? defaultNote(press.user, press.decision);
  const call = { signal: AbortSignal.timeout(timeoutMs) };
  try {
    const decided = press.decision === "approve" ? await options.approvals.approve(press.approvalId, { note }, call) : await options.approvals.reject(press.approvalId, { note }, call);
    // The same decision made first by someone else resolves quietly with their note: not this press's.
    if (typeof decided?.note === "string" && decided.note !== note) return { ...base, result: "already_resolved", decidedBy: decided.decided_by ?? null, currentStatus: decided.status };
    return { ...base, result: "done" };
  } catch (error) {
    if (error instanceof ApprovalAlreadyResolvedError) return { ...base, result: "already_resolved", decidedBy: error.decidedBy, currentStatus: error.currentStatus };
    if (error instanceof ApprovalExpiredError) return { ...base, result: "expired" };
    return { ...base, result: "failed", error };
  }
}

function defaultNote(user: SlackUser, decision: Decision): string {
  const who = user.username ?? user.name;
  return `${decision === "approve" ? "Approved" : "Rejected"} in Slack by ${who ? `@${who} ` : ""}(${user.id})`;
}

/** The body as text, or `undefined` when it exceeds `maxBytes`. */
async function readBody(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return undefined;
  const { bytes, truncated } = await readUpTo(request.body, maxBytes);
  return truncated ? undefined : new TextDecoder().decode(bytes);
}
