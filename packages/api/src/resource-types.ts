// Friendly names of the spec's resources that more than one helper package returns, declared once.
import type { components } from "./generated/schema";

/** A request for a human decision on a gated tool call: prompt, tool call, risk, timeout, expiry and, once decided, who decided and why. */
export type Approval = components["schemas"]["Approval"];
/** Where an approval stands: `pending`, `escalated` (still decidable), `approved`, `rejected`, `timed_out`. */
export type ApprovalStatus = components["schemas"]["ApprovalStatus"];
/** Risk level of a tool call: `read` < `write` < `destructive` < `irreversible`. */
export type Risk = components["schemas"]["Risk"];
/** An enrolled XEM or XIM agent: status, published tool surface (manifest), last heartbeat. */
export type Agent = components["schemas"]["Agent"];
