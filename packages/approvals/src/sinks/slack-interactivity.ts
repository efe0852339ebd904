import { readUpTo } from "@xerotier/api/internal";
import type { Approvals } from "../approvals";
import type { Decision } from "../decide";
import { ApprovalAlreadyResolvedError, ApprovalExpiredError } from "../errors";
import { SLACK_APPROVE_ACTION, SLACK_REJECT_ACTION } from "./slack-message";
import { SeenSignatures } from "./seen-signatures";
import { verifySlackSignature } from "./slack-signature";

/** The Slack user who pressed a button, as the interaction payload names them. */
export interface SlackUser {
  /** Slack user id (`U…`). */
  id: string;
  /** Their handle, when Slack sends it. */
  username?: string;
  /** Their display name, when Slack sends it. */
  name?: string;
  /** Their team (`T…`), when Slack sends it. */
  teamId?: string;
}

/** What one button press led to, for logs and audits. */
export interface SlackDecisionOutcome {
  /** The approval the button was for. */
  approvalId: string;
  /** Which button. */
  decision: Decision;
  /** Who pressed it. */
  user: SlackUser;
  /** `done`: recorded; `already_resolved` / `expired`: nothing to do; `forbidden`: `authorize` said no; `failed`: the API call failed. */
  result: "done" | "already_resolved" | "expired" | "forbidden" | "failed";
  /** The error, for `failed`. */
  error?: unknown;
}

/** Options of {@link slackInteractivityHandler}. */
export interface SlackInteractivityOptions {
  /** The Slack app's signing secret. */
  signingSecret: string;
  /** Where decisions go (a `createApprovals(client)`). */
  approvals: Pick<Approvals, "approve" | "reject">;
  /** Who may decide; default: anyone in the channel. Return false to refuse (HTTP 403, nothing decided). */
  authorize?: (user: SlackUser, decision: Decision, approvalId: string) => boolean | Promise<boolean>;
  /** The note recorded with the decision. Default `"<Approved|Rejected> in Slack by @<username> (<id>)"`. */
  note?: (user: SlackUser, decision: Decision) => string;
  /** Called once per button press with what happened. */
  onOutcome?: (outcome: SlackDecisionOutcome) => void;
  /** Accepted clock difference, seconds. Default 300. */
  toleranceSeconds?: number;
  /** Limit of the decision call, ms (Slack wants an answer within 3 s). Default 2 500. */
  decisionTimeoutMs?: number;
  /** Signatures remembered to refuse a replayed request; past it the oldest is forgotten. Default 10 000. */
  replayMemory?: number;
  /** Largest body accepted, bytes. Default 65 536. */
  maxBodyBytes?: number;
  /** The current time, unix ms (for tests). Default `Date.now`. */
  now?: () => number;
}

const text = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The request handler behind a Slack app's Interactivity URL: a `(Request) => Promise<Response>`
 * for Node (via an adapter), Bun, Deno and edge runtimes. It verifies Slack's signature (`v0=`
 * HMAC-SHA256 over `v0:<timestamp>:<body>`, 5-minute tolerance, constant-time compare), refuses a
 * replayed request, then approves or rejects through `approvals` with the Slack user in the note.
 *
 * @example
 * ```ts
 * const handle = slackInteractivityHandler({ signingSecret: process.env.SLACK_SIGNING_SECRET!, approvals });
 * Bun.serve({ port: 3000, fetch: handle });
 * ```
 */
export function slackInteractivityHandler(options: SlackInteractivityOptions): (request: Request) => Promise<Response> {
  if (typeof options.signingSecret !== "string" || options.signingSecret === "") throw new TypeError("slackInteractivityHandler needs a signingSecret.");
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.now ?? Date.now;
  const seen = new SeenSignatures(options.replayMemory ?? 10_000);
  const maxBytes = options.maxBodyBytes ?? 65_536;

  return async (request) => {
    if (request.method !== "POST") return text(405, "method not allowed");
    const body = await readBody(request, maxBytes);
    if (body === undefined) return text(413, "body too large");
    const timestamp = request.headers.get("x-slack-request-timestamp");
    const signature = request.headers.get("x-slack-signature");
    const at = now();
    const problem = await verifySlackSignature({ signingSecret: options.signingSecret, body, timestamp, signature, toleranceSeconds: tolerance, now: at });
    if (problem) return text(401, problem);
    if (!seen.remember(signature!, Number(timestamp) * 1000 + tolerance * 1000, at)) return text(409, "replayed request");
    const press = parsePress(body);
    if (press === undefined) return text(400, "not a Xerotier approval button press");
    const outcome = await decide(options, press);
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

interface Press {
  approvalId: string;
  decision: Decision;
  user: SlackUser;
}

/** Reads the `payload=` form field of a `block_actions` interaction; `undefined` unless it is one of our buttons. */
function parsePress(body: string): Press | undefined {
  const raw = new URLSearchParams(body).get("payload");
  if (raw === null) return undefined;
  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const p = payload as { type?: unknown; user?: Record<string, unknown>; actions?: unknown };
  if (p.type !== "block_actions" || typeof p.user?.id !== "string" || !Array.isArray(p.actions)) return undefined;
  for (const action of p.actions as Array<Record<string, unknown>>) {
    const decision = action.action_id === SLACK_APPROVE_ACTION ? "approve" : action.action_id === SLACK_REJECT_ACTION ? "reject" : undefined;
    if (decision && typeof action.value === "string" && action.value !== "" && action.value.length <= 200) {
      return { approvalId: action.value, decision, user: userOf(p.user) };
    }
  }
  return undefined;
}

function userOf(user: Record<string, unknown>): SlackUser {
  const pick = (key: string) => (typeof user[key] === "string" ? (user[key] as string) : undefined);
  const username = pick("username");
  const name = pick("name");
  const teamId = pick("team_id");
  return { id: user.id as string, ...(username ? { username } : {}), ...(name ? { name } : {}), ...(teamId ? { teamId } : {}) };
}

async function decide(options: SlackInteractivityOptions, press: Press): Promise<SlackDecisionOutcome> {
  const base = { approvalId: press.approvalId, decision: press.decision, user: press.user };
  if (options.authorize && !(await options.authorize(press.user, press.decision, press.approvalId))) return { ...base, result: "forbidden" };
  const note = options.note?.(press.user, press.decision) ?? defaultNote(press.user, press.decision);
  const call = { signal: AbortSignal.timeout(options.decisionTimeoutMs ?? 2_500) };
  try {
    if (press.decision === "approve") await options.approvals.approve(press.approvalId, { note }, call);
    else await options.approvals.reject(press.approvalId, { note }, call);
    return { ...base, result: "done" };
  } catch (error) {
    if (error instanceof ApprovalAlreadyResolvedError) return { ...base, result: "already_resolved" };
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
