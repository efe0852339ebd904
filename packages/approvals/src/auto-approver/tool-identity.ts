import type { EventApproval as Approval } from "../types";

/** The tool an approval is for, or why it cannot be told. */
export type ToolIdentity = { tool: string } | { unknown: "unknown-tool" | "tool-mismatch"; reason: string };

function json(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // a BigInt or a cycle: never from JSON, but never a crash either
  }
}

/** A value for a reason line: quoted, typed when not a string, and at most 80 characters. */
export function describeValue(value: unknown): string {
  const text = typeof value === "string" ? json(value) : value === undefined ? "(missing)" : `${json(value)} (${Array.isArray(value) ? "array" : typeof value})`;
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * The tool named by both `tool_name` and `tool_call.name`, which must be non-empty strings and
 * equal: a server that disagrees with itself, or sends a wrong type, names no tool we can trust.
 */
export function toolOf(approval: Approval): ToolIdentity {
  const named: unknown = approval.tool_name;
  const call: unknown = approval.tool_call;
  const called: unknown = typeof call === "object" && call !== null && !Array.isArray(call) ? (call as { name?: unknown }).name : undefined;
  if (typeof named !== "string" || named === "") return { unknown: "unknown-tool", reason: `tool_name ${describeValue(named)} is not a tool name` };
  if (typeof called !== "string" || called === "") return { unknown: "unknown-tool", reason: `tool_call.name ${describeValue(called)} is not a tool name` };
  if (named !== called) return { unknown: "tool-mismatch", reason: `tool_name ${describeValue(named)} and tool_call.name ${describeValue(called)} disagree` };
  return { tool: named };
}

// Format characters (zero-width space, joiners, bidi marks, soft hyphen…) and whitespace render as nothing or blank.
const INVISIBLE = /[\p{Cf}\s]/gu;

/**
 * The folded form deny rules compare: NFKC (fullwidth and compatibility forms), without format
 * characters or whitespace, lower-cased. Only ever used to widen a deny rule: an allow rule
 * compares the exact string, so a lookalike can never be approved in an allowed tool's name.
 */
export function foldForDeny(name: string): string {
  return name.normalize("NFKC").replace(INVISIBLE, "").toLowerCase();
}
