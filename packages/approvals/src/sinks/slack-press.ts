import type { Decision } from "../decide";
import { SLACK_APPROVE_ACTION, SLACK_REJECT_ACTION } from "./slack-message";

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

/** One press of one of our buttons. */
export interface SlackPress {
  approvalId: string;
  decision: Decision;
  user: SlackUser;
}

/** Reads the `payload=` form field of a `block_actions` interaction; `undefined` unless it is one of our buttons. */
export function parsePress(body: string): SlackPress | undefined {
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
