import type { ApprovalEvent, EventApproval as Approval } from "../types";
import { textField } from "./context";
import { truncate } from "./http";

/** `action_id` of the Approve button; the interactivity handler acts on it. */
export const SLACK_APPROVE_ACTION = "xerotier_approve";
/** `action_id` of the Reject button. */
export const SLACK_REJECT_ACTION = "xerotier_reject";

const HEADLINES: Record<string, string> = {
  "exec.approval_requested": "Approval needed",
  "exec.approval_escalated": "Approval escalated",
  "exec.approved": "Approved",
  "exec.rejected": "Rejected",
  "exec.approval_timed_out": "Approval timed out",
};

/** Slack mrkdwn treats `&`, `<` and `>` as control characters; everything else is literal. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * The incoming-webhook message (Block Kit) for an approval event: a header, the prompt, the tool
 * call, risk and expiry, and, while the approval is open, Approve / Reject buttons whose `value`
 * is the approval id. `text` is the notification fallback, escaped for mrkdwn like the blocks.
 * Slack's limits are respected (header 150, section 3 000, field 2 000 characters).
 */
export function slackMessage(event: ApprovalEvent, options: { approvalUrl?: ((approval: Approval) => string) | undefined } = {}): Record<string, unknown> {
  const approval = event.data;
  const tool = textField(approval, "tool_name", textField(approval.tool_call, "name", "unknown tool"));
  const risk = textField(approval, "risk", "unknown");
  const headline = HEADLINES[event.type] ?? event.type;
  const open = event.type === "exec.approval_requested" || event.type === "exec.approval_escalated";
  const blocks: Array<Record<string, unknown>> = [
    { type: "header", text: { type: "plain_text", text: truncate(`${headline}: ${tool}`, 150) } },
    { type: "section", text: { type: "mrkdwn", text: truncate(`*Prompt*\n${escapeMrkdwn(textField(approval, "prompt", "(no prompt)"))}`, 3000) } },
    { type: "section", text: { type: "mrkdwn", text: truncate(`*Tool call*\n\`\`\`${escapeMrkdwn(JSON.stringify(approval.tool_call ?? null, null, 2))}\`\`\``, 3000) } },
    { type: "section", fields: facts(approval, risk).map((text) => ({ type: "mrkdwn", text: truncate(text, 2000) })) },
  ];
  const link = options.approvalUrl?.(approval);
  if (link) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `<${link}|Open the approval>` }] });
  if (open) blocks.push(buttons(approval.id));
  return { text: truncate(escapeMrkdwn(`${headline}: ${tool} (${risk} risk) in ${textField(approval, "workspace_id", "?")}`), 3000), blocks };
}

function facts(approval: Approval, risk: string): string[] {
  const lines = [
    `*Risk*\n${escapeMrkdwn(risk)}`,
    `*Expires*\n${escapeMrkdwn(textField(approval, "expires_at", "unknown"))}`,
    `*Workspace*\n${escapeMrkdwn(textField(approval, "workspace_id", "unknown"))}`,
    `*Approval*\n${escapeMrkdwn(approval.id)}`,
  ];
  const decidedBy = textField(approval, "decided_by", "");
  if (decidedBy) lines.push(`*Decided by*\n${escapeMrkdwn(decidedBy)}`);
  const note = textField(approval, "note", "");
  if (note) lines.push(`*Note*\n${escapeMrkdwn(note)}`);
  return lines;
}

function buttons(approvalId: string): Record<string, unknown> {
  const button = (text: string, actionId: string, style: "primary" | "danger") => ({
    type: "button",
    text: { type: "plain_text", text },
    style,
    action_id: actionId,
    value: approvalId,
  });
  return {
    type: "actions",
    block_id: truncate(`xerotier_approval:${approvalId}`, 255),
    elements: [button("Approve", SLACK_APPROVE_ACTION, "primary"), button("Reject", SLACK_REJECT_ACTION, "danger")],
  };
}
