// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.
// Fast predicates: true only when the zod schema of the same name accepts the value unchanged.
// False means "ask zod": it may still accept (e.g. an own `__proto__` key), or it says why not.

type Obj = Record<string, unknown>;
const hasOwn = Object.prototype.hasOwnProperty;

/** zod's object test, minus own `__proto__` keys (zod drops them, so the output would differ). */
function isObj(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !hasOwn.call(v, "__proto__");
}

/** zod's record test (a plain object) for `z.record(z.string(), z.unknown())`. */
function isRecord(v: unknown): v is Obj {
  if (!isObj(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

function every(v: unknown, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i += 1) if (!item(v[i])) return false;
  return true;
}

const re0 = new RegExp("^agt_[A-Za-z0-9_]+$");
const re1 = new RegExp("^evt_[A-Za-z0-9_]+$");
const re2 = new RegExp("^jk_[A-Za-z0-9_]+$");
const re3 = new RegExp("^tcp://[^\\s/]+:[0-9]+$");
const re4 = new RegExp("^ws_[A-Za-z0-9_]+$");
const re5 = new RegExp("^inv_[A-Za-z0-9_]+$");
const re6 = new RegExp("^[0-9a-f]{32}$");
const re7 = new RegExp("^cart_[A-Za-z0-9_]+$");
const re8 = new RegExp("^cart_[A-Za-z0-9_]+$");
const re9 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");
const re10 = new RegExp("^evt_[A-Za-z0-9_]+$");
const re11 = new RegExp("^evt_[A-Za-z0-9_]+$");
const re12 = new RegExp("^evt_[A-Za-z0-9_]+$");
const re13 = new RegExp("^evt_[A-Za-z0-9_]+$");
const re14 = new RegExp("^evt_[A-Za-z0-9_]+$");

function shape0(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["status"];
  if (!(x === "ok")) return false;
  return true;
}

function shape1(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["type"];
  if (!((typeof x === "string"))) return false;
  x = v["initial_delay_ms"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["max_delay_ms"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["multiplier"];
  if (!((Number.isFinite(x) && (x as number) >= 1))) return false;
  x = v["jitter"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape2(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["message"];
  if (!((typeof x === "string"))) return false;
  x = v["type"];
  if (!((typeof x === "string"))) return false;
  x = v["code"];
  if (x !== undefined && !((x === null || (isErrorCode(x))))) return false;
  x = v["param"];
  if (x !== undefined && !((x === null || ((typeof x === "string"))))) return false;
  x = v["retry_after"];
  if (x !== undefined && !((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["retry_strategy"];
  if (x !== undefined && !(isRetryStrategy(x))) return false;
  return true;
}

function shape3(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["error"];
  if (!(isErrorBody(x))) return false;
  return true;
}

function shape4(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["description"];
  if (!((typeof x === "string"))) return false;
  x = v["risk"];
  if (!(isRisk(x))) return false;
  x = v["domain"];
  if (!((typeof x === "string"))) return false;
  x = v["timeout_ms"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 1))) return false;
  x = v["parameters"];
  if (!(isRecord(x))) return false;
  return true;
}

function shape5(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["version"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["hash"];
  if (!((typeof x === "string"))) return false;
  x = v["tools"];
  if (!(every(x, isToolDescriptor))) return false;
  x = v["workspace_ids"];
  if (!(every(x, item6))) return false;
  return true;
}

function item6(v: unknown): boolean {
  return (typeof v === "string");
}

function shape7(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re0.test(x)))) return false;
  x = v["object"];
  if (!(x === "agent")) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["description"];
  if (x !== undefined && !((x === null || ((typeof x === "string"))))) return false;
  x = v["registration_name"];
  if (!((typeof x === "string"))) return false;
  x = v["role"];
  if (!(isAgentRole(x))) return false;
  x = v["status"];
  if (!(isAgentStatus(x))) return false;
  x = v["exec_paused"];
  if (!(typeof x === "boolean")) return false;
  x = v["paused_workspace_ids"];
  if (!(every(x, item8))) return false;
  x = v["region"];
  if (!((typeof x === "string"))) return false;
  x = v["worker_id"];
  if (!((typeof x === "string"))) return false;
  x = v["last_heartbeat_at"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["manifest"];
  if (!(isManifest(x))) return false;
  x = v["curve_public_key"];
  if (!((typeof x === "string"))) return false;
  x = v["curve_rotated_at"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function item8(v: unknown): boolean {
  return (typeof v === "string");
}

function shape9(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isAgent))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape10(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["name"];
  if (x !== undefined && !((typeof x === "string" && x.length >= 1 && x.length <= 64))) return false;
  x = v["description"];
  if (x !== undefined && !((x === null || ((typeof x === "string" && x.length <= 500))))) return false;
  for (const k in v) if (k !== "name" && k !== "description") return false;
  return true;
}

function shape11(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string"))) return false;
  x = v["object"];
  if (!(x === "agent")) return false;
  x = v["deleted"];
  if (!(x === true)) return false;
  return true;
}

function shape12(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["workspace_id"];
  if (x !== undefined && !((typeof x === "string"))) return false;
  for (const k in v) if (k !== "workspace_id") return false;
  return true;
}

function shape13(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["reason"];
  if (x !== undefined && !((typeof x === "string" && x.length <= 500))) return false;
  for (const k in v) if (k !== "reason") return false;
  return true;
}

function shape14(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "curve_rotation")) return false;
  x = v["agent_id"];
  if (!((typeof x === "string"))) return false;
  x = v["rotated_at"];
  if (!((typeof x === "string"))) return false;
  x = v["curve_public_key"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape15(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re1.test(x)))) return false;
  x = v["object"];
  if (!(x === "agent_event")) return false;
  x = v["agent_id"];
  if (!((typeof x === "string"))) return false;
  x = v["type"];
  if (!((x === "enrolled" || x === "status_changed" || x === "exec_paused" || x === "exec_resumed" || x === "curve_rotated" || x === "manifest_updated" || x === "bound" || x === "unbound"))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  x = v["details"];
  if (!(isRecord(x))) return false;
  return true;
}

function shape16(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isAgentLifecycleEvent))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape17(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re2.test(x)))) return false;
  x = v["object"];
  if (!(x === "join_key")) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["region"];
  if (!((typeof x === "string"))) return false;
  x = v["router_addr"];
  if (!((typeof x === "string"))) return false;
  x = v["role"];
  if (!(isAgentRole(x))) return false;
  x = v["status"];
  if (!(isJoinKeyStatus(x))) return false;
  x = v["expires_at"];
  if (!((typeof x === "string"))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  x = v["consumed_by_agent_id"];
  if (x !== undefined && !((x === null || ((typeof x === "string"))))) return false;
  return true;
}

function shape18(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["key"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape19(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["name"];
  if (!((typeof x === "string" && x.length >= 1 && x.length <= 64))) return false;
  x = v["region"];
  if (!((typeof x === "string" && x.length >= 1 && x.length <= 24))) return false;
  x = v["router_addr"];
  if (!((typeof x === "string" && re3.test(x)))) return false;
  x = v["role"];
  if (x !== undefined && !(isAgentRole(x))) return false;
  x = v["expires_in_hours"];
  if (x !== undefined && !((Number.isSafeInteger(x) && (x as number) >= 1 && (x as number) <= 720))) return false;
  for (const k in v) if (k !== "name" && k !== "region" && k !== "router_addr" && k !== "role" && k !== "expires_in_hours") return false;
  return true;
}

function shape20(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isJoinKey))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape21(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re4.test(x)))) return false;
  x = v["object"];
  if (!(x === "workspace")) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["type"];
  if (!((typeof x === "string"))) return false;
  x = v["agent_ids"];
  if (!(every(x, item22))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function item22(v: unknown): boolean {
  return (typeof v === "string");
}

function shape23(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isWorkspace))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape24(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string"))) return false;
  x = v["object"];
  if (!(x === "workspace_binding")) return false;
  x = v["workspace_id"];
  if (!((typeof x === "string"))) return false;
  x = v["agent_id"];
  if (!((typeof x === "string"))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape25(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["agent_id"];
  if (!((typeof x === "string"))) return false;
  for (const k in v) if (k !== "agent_id") return false;
  return true;
}

function shape26(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isWorkspaceBinding))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape27(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "workspace_binding")) return false;
  x = v["workspace_id"];
  if (!((typeof x === "string"))) return false;
  x = v["agent_id"];
  if (!((typeof x === "string"))) return false;
  x = v["deleted"];
  if (!(x === true)) return false;
  return true;
}

function shape28(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "tool")) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["description"];
  if (!((typeof x === "string"))) return false;
  x = v["risk"];
  if (!(isRisk(x))) return false;
  x = v["domain"];
  if (!((typeof x === "string"))) return false;
  x = v["timeout_ms"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 1))) return false;
  x = v["parameters"];
  if (!(isRecord(x))) return false;
  x = v["agent_ids"];
  if (!(every(x, item29))) return false;
  return true;
}

function item29(v: unknown): boolean {
  return (typeof v === "string");
}

function shape30(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isTool))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape31(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["from"];
  if (!((x === null || (isInvocationStatus(x))))) return false;
  x = v["to"];
  if (!(isInvocationStatus(x))) return false;
  x = v["at"];
  if (!((typeof x === "string"))) return false;
  x = v["actor"];
  if (!((typeof x === "string"))) return false;
  x = v["reason"];
  if (x !== undefined && !((x === null || ((typeof x === "string"))))) return false;
  return true;
}

function shape32(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["code"];
  if (!((typeof x === "string"))) return false;
  x = v["message"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape33(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re5.test(x)))) return false;
  x = v["object"];
  if (!(x === "invocation")) return false;
  x = v["workspace_id"];
  if (!((typeof x === "string"))) return false;
  x = v["tool_name"];
  if (!((typeof x === "string"))) return false;
  x = v["arguments"];
  if (!(isRecord(x))) return false;
  x = v["risk"];
  if (!(isRisk(x))) return false;
  x = v["status"];
  if (!(isInvocationStatus(x))) return false;
  x = v["agent_id"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["approval_ids"];
  if (!(every(x, item34))) return false;
  x = v["exit_code"];
  if (!((x === null || ((Number.isSafeInteger(x)))))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  x = v["started_at"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["finished_at"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["duration_ms"];
  if (!((x === null || ((Number.isSafeInteger(x) && (x as number) >= 0))))) return false;
  x = v["error"];
  if (!((x === null || (isInvocationError(x))))) return false;
  x = v["transitions"];
  if (!(every(x, isInvocationTransition))) return false;
  x = v["trace_id"];
  if (x !== undefined && !((x === null || ((typeof x === "string" && re6.test(x)))))) return false;
  return true;
}

function item34(v: unknown): boolean {
  return (typeof v === "string");
}

function shape35(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["workspace_id"];
  if (!((typeof x === "string"))) return false;
  x = v["tool_name"];
  if (!((typeof x === "string"))) return false;
  x = v["arguments"];
  if (x !== undefined && !(isRecord(x))) return false;
  for (const k in v) if (k !== "workspace_id" && k !== "tool_name" && k !== "arguments") return false;
  return true;
}

function shape36(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isInvocation))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape37(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re7.test(x)))) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["media_type"];
  if (!((typeof x === "string"))) return false;
  x = v["size_bytes"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["chat_id"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape38(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "invocation_output")) return false;
  x = v["invocation_id"];
  if (!((typeof x === "string"))) return false;
  x = v["stdout"];
  if (!((typeof x === "string"))) return false;
  x = v["stderr"];
  if (!((typeof x === "string"))) return false;
  x = v["exit_code"];
  if (!((x === null || ((Number.isSafeInteger(x)))))) return false;
  x = v["truncated"];
  if (!(typeof x === "boolean")) return false;
  x = v["artifacts"];
  if (!(every(x, isArtifactRef))) return false;
  return true;
}

function shape39(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re8.test(x)))) return false;
  x = v["object"];
  if (!(x === "artifact")) return false;
  x = v["chat_id"];
  if (!((typeof x === "string"))) return false;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["media_type"];
  if (!((typeof x === "string"))) return false;
  x = v["size_bytes"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  x = v["encoding"];
  if (!((x === "utf-8" || x === "base64"))) return false;
  x = v["content"];
  if (!((typeof x === "string"))) return false;
  return true;
}

function shape40(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["name"];
  if (!((typeof x === "string"))) return false;
  x = v["arguments"];
  if (!(isRecord(x))) return false;
  return true;
}

function shape41(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re9.test(x)))) return false;
  x = v["object"];
  if (!(x === "approval")) return false;
  x = v["status"];
  if (!(isApprovalStatus(x))) return false;
  x = v["risk"];
  if (!(isRisk(x))) return false;
  x = v["workspace_id"];
  if (!((typeof x === "string"))) return false;
  x = v["agent_id"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["invocation_id"];
  if (!((typeof x === "string"))) return false;
  x = v["tool_name"];
  if (!((typeof x === "string"))) return false;
  x = v["tool_call"];
  if (!(isToolCall(x))) return false;
  x = v["prompt"];
  if (!((typeof x === "string"))) return false;
  x = v["timeout_seconds"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 1))) return false;
  x = v["expires_at"];
  if (!((typeof x === "string"))) return false;
  x = v["created_at"];
  if (!((typeof x === "string"))) return false;
  x = v["decided_at"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["decided_by"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["note"];
  if (!((x === null || ((typeof x === "string"))))) return false;
  x = v["escalation_level"];
  if (!((Number.isSafeInteger(x) && (x as number) >= 0))) return false;
  return true;
}

function shape42(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "list")) return false;
  x = v["data"];
  if (!(every(x, isApproval))) return false;
  x = v["has_more"];
  if (!(typeof x === "boolean")) return false;
  return true;
}

function shape43(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["note"];
  if (x !== undefined && !((typeof x === "string" && x.length <= 2000))) return false;
  for (const k in v) if (k !== "note") return false;
  return true;
}

function shape44(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && x.length >= 1 && re10.test(x)))) return false;
  x = v["object"];
  if (!(x === "event")) return false;
  x = v["type"];
  if (!((typeof x === "string" && x.length >= 1))) return false;
  x = v["created_at"];
  if (!((Number.isSafeInteger(x)))) return false;
  x = v["data"];
  if (!(isRecord(x))) return false;
  return true;
}

function shape45(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re11.test(x)))) return false;
  x = v["object"];
  if (!(x === "event")) return false;
  x = v["type"];
  if (!((x === "exec.approval_requested" || x === "exec.approved" || x === "exec.rejected" || x === "exec.approval_escalated" || x === "exec.approval_timed_out"))) return false;
  x = v["created_at"];
  if (!((Number.isSafeInteger(x)))) return false;
  x = v["data"];
  if (!(isApproval(x))) return false;
  return true;
}

function shape46(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re12.test(x)))) return false;
  x = v["object"];
  if (!(x === "event")) return false;
  x = v["type"];
  if (!((x === "exec.dispatched" || x === "exec.completed" || x === "exec.failed" || x === "exec.timeout"))) return false;
  x = v["created_at"];
  if (!((Number.isSafeInteger(x)))) return false;
  x = v["data"];
  if (!(isInvocation(x))) return false;
  return true;
}

function shape47(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["id"];
  if (!((typeof x === "string" && re13.test(x)))) return false;
  x = v["object"];
  if (!(x === "event")) return false;
  x = v["type"];
  if (!((x === "exec.agent_enrolled" || x === "exec.agent_offline"))) return false;
  x = v["created_at"];
  if (!((Number.isSafeInteger(x)))) return false;
  x = v["data"];
  if (!(isAgent(x))) return false;
  return true;
}

function shape48(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["type"];
  if (x !== undefined && !(true)) return false;
  return true;
}

function shape49(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (x !== undefined && !(x === "stream.open")) return false;
  x = v["latest_event_id"];
  if (!((x === null || ((typeof x === "string" && re14.test(x)))))) return false;
  return true;
}

function shape50(v: unknown): boolean {
  if (!isObj(v)) return false;
  let x: unknown;
  x = v["object"];
  if (!(x === "stream.reset")) return false;
  x = v["reason"];
  if (!((typeof x === "string"))) return false;
  x = v["last_event_id"];
  if (!((typeof x === "string"))) return false;
  return true;
}

/** True if `v` passes `HealthSchema` as is (see the file header). */
export function isHealth(v: unknown): boolean {
  return shape0(v);
}

/** True if `v` passes `ErrorCodeSchema` as is (see the file header). */
export function isErrorCode(v: unknown): boolean {
  return (typeof v === "string");
}

/** True if `v` passes `RetryStrategySchema` as is (see the file header). */
export function isRetryStrategy(v: unknown): boolean {
  return shape1(v);
}

/** True if `v` passes `ErrorBodySchema` as is (see the file header). */
export function isErrorBody(v: unknown): boolean {
  return shape2(v);
}

/** True if `v` passes `ErrorEnvelopeSchema` as is (see the file header). */
export function isErrorEnvelope(v: unknown): boolean {
  return shape3(v);
}

/** True if `v` passes `RiskSchema` as is (see the file header). */
export function isRisk(v: unknown): boolean {
  return (v === "read" || v === "write" || v === "destructive" || v === "irreversible");
}

/** True if `v` passes `AgentRoleSchema` as is (see the file header). */
export function isAgentRole(v: unknown): boolean {
  return (v === "xem" || v === "xim");
}

/** True if `v` passes `AgentStatusSchema` as is (see the file header). */
export function isAgentStatus(v: unknown): boolean {
  return (v === "pending" || v === "healthy" || v === "degraded" || v === "offline");
}

/** True if `v` passes `ToolDescriptorSchema` as is (see the file header). */
export function isToolDescriptor(v: unknown): boolean {
  return shape4(v);
}

/** True if `v` passes `ManifestSchema` as is (see the file header). */
export function isManifest(v: unknown): boolean {
  return shape5(v);
}

/** True if `v` passes `AgentSchema` as is (see the file header). */
export function isAgent(v: unknown): boolean {
  return shape7(v);
}

/** True if `v` passes `AgentListSchema` as is (see the file header). */
export function isAgentList(v: unknown): boolean {
  return shape9(v);
}

/** True if `v` passes `AgentUpdateSchema` as is (see the file header). */
export function isAgentUpdate(v: unknown): boolean {
  return shape10(v);
}

/** True if `v` passes `DeletedAgentSchema` as is (see the file header). */
export function isDeletedAgent(v: unknown): boolean {
  return shape11(v);
}

/** True if `v` passes `ExecScopeSchema` as is (see the file header). */
export function isExecScope(v: unknown): boolean {
  return shape12(v);
}

/** True if `v` passes `CurveRotateRequestSchema` as is (see the file header). */
export function isCurveRotateRequest(v: unknown): boolean {
  return shape13(v);
}

/** True if `v` passes `CurveRotationSchema` as is (see the file header). */
export function isCurveRotation(v: unknown): boolean {
  return shape14(v);
}

/** True if `v` passes `AgentLifecycleEventSchema` as is (see the file header). */
export function isAgentLifecycleEvent(v: unknown): boolean {
  return shape15(v);
}

/** True if `v` passes `AgentLifecycleEventListSchema` as is (see the file header). */
export function isAgentLifecycleEventList(v: unknown): boolean {
  return shape16(v);
}

/** True if `v` passes `JoinKeyStatusSchema` as is (see the file header). */
export function isJoinKeyStatus(v: unknown): boolean {
  return (v === "active" || v === "consumed" || v === "revoked" || v === "expired");
}

/** True if `v` passes `JoinKeySchema` as is (see the file header). */
export function isJoinKey(v: unknown): boolean {
  return shape17(v);
}

/** True if `v` passes `JoinKeyWithSecretSchema` as is (see the file header). */
export function isJoinKeyWithSecret(v: unknown): boolean {
  return (isJoinKey(v) && shape18(v));
}

/** True if `v` passes `JoinKeyCreateSchema` as is (see the file header). */
export function isJoinKeyCreate(v: unknown): boolean {
  return shape19(v);
}

/** True if `v` passes `JoinKeyListSchema` as is (see the file header). */
export function isJoinKeyList(v: unknown): boolean {
  return shape20(v);
}

/** True if `v` passes `WorkspaceSchema` as is (see the file header). */
export function isWorkspace(v: unknown): boolean {
  return shape21(v);
}

/** True if `v` passes `WorkspaceListSchema` as is (see the file header). */
export function isWorkspaceList(v: unknown): boolean {
  return shape23(v);
}

/** True if `v` passes `WorkspaceBindingSchema` as is (see the file header). */
export function isWorkspaceBinding(v: unknown): boolean {
  return shape24(v);
}

/** True if `v` passes `WorkspaceBindingCreateSchema` as is (see the file header). */
export function isWorkspaceBindingCreate(v: unknown): boolean {
  return shape25(v);
}

/** True if `v` passes `WorkspaceBindingListSchema` as is (see the file header). */
export function isWorkspaceBindingList(v: unknown): boolean {
  return shape26(v);
}

/** True if `v` passes `DeletedWorkspaceBindingSchema` as is (see the file header). */
export function isDeletedWorkspaceBinding(v: unknown): boolean {
  return shape27(v);
}

/** True if `v` passes `ToolSchema` as is (see the file header). */
export function isTool(v: unknown): boolean {
  return shape28(v);
}

/** True if `v` passes `ToolListSchema` as is (see the file header). */
export function isToolList(v: unknown): boolean {
  return shape30(v);
}

/** True if `v` passes `InvocationStatusSchema` as is (see the file header). */
export function isInvocationStatus(v: unknown): boolean {
  return (v === "queued" || v === "pending_approval" || v === "dispatched" || v === "running" || v === "completed" || v === "failed" || v === "timeout" || v === "cancelled" || v === "rejected");
}

/** True if `v` passes `InvocationTransitionSchema` as is (see the file header). */
export function isInvocationTransition(v: unknown): boolean {
  return shape31(v);
}

/** True if `v` passes `InvocationErrorSchema` as is (see the file header). */
export function isInvocationError(v: unknown): boolean {
  return shape32(v);
}

/** True if `v` passes `InvocationSchema` as is (see the file header). */
export function isInvocation(v: unknown): boolean {
  return shape33(v);
}

/** True if `v` passes `InvocationCreateSchema` as is (see the file header). */
export function isInvocationCreate(v: unknown): boolean {
  return shape35(v);
}

/** True if `v` passes `InvocationListSchema` as is (see the file header). */
export function isInvocationList(v: unknown): boolean {
  return shape36(v);
}

/** True if `v` passes `ArtifactRefSchema` as is (see the file header). */
export function isArtifactRef(v: unknown): boolean {
  return shape37(v);
}

/** True if `v` passes `InvocationOutputSchema` as is (see the file header). */
export function isInvocationOutput(v: unknown): boolean {
  return shape38(v);
}

/** True if `v` passes `ArtifactContentSchema` as is (see the file header). */
export function isArtifactContent(v: unknown): boolean {
  return shape39(v);
}

/** True if `v` passes `ApprovalStatusSchema` as is (see the file header). */
export function isApprovalStatus(v: unknown): boolean {
  return (v === "pending" || v === "approved" || v === "rejected" || v === "escalated" || v === "timed_out");
}

/** True if `v` passes `ToolCallSchema` as is (see the file header). */
export function isToolCall(v: unknown): boolean {
  return shape40(v);
}

/** True if `v` passes `ApprovalSchema` as is (see the file header). */
export function isApproval(v: unknown): boolean {
  return shape41(v);
}

/** True if `v` passes `ApprovalListSchema` as is (see the file header). */
export function isApprovalList(v: unknown): boolean {
  return shape42(v);
}

/** True if `v` passes `ApprovalDecisionSchema` as is (see the file header). */
export function isApprovalDecision(v: unknown): boolean {
  return shape43(v);
}

/** True if `v` passes `EventTypeSchema` as is (see the file header). */
export function isEventType(v: unknown): boolean {
  return (v === "exec.dispatched" || v === "exec.completed" || v === "exec.failed" || v === "exec.timeout" || v === "exec.approval_requested" || v === "exec.approved" || v === "exec.rejected" || v === "exec.approval_escalated" || v === "exec.approval_timed_out" || v === "exec.agent_enrolled" || v === "exec.agent_offline");
}

/** True if `v` passes `EventEnvelopeSchema` as is (see the file header). */
export function isEventEnvelope(v: unknown): boolean {
  return shape44(v);
}

/** True if `v` passes `ApprovalEventSchema` as is (see the file header). */
export function isApprovalEvent(v: unknown): boolean {
  return shape45(v);
}

/** True if `v` passes `InvocationEventSchema` as is (see the file header). */
export function isInvocationEvent(v: unknown): boolean {
  return shape46(v);
}

/** True if `v` passes `AgentStatusEventSchema` as is (see the file header). */
export function isAgentStatusEvent(v: unknown): boolean {
  return shape47(v);
}

/** True if `v` passes `EventSchema` as is (see the file header). */
export function isEvent(v: unknown): boolean {
  return (isApprovalEvent(v) || isInvocationEvent(v) || isAgentStatusEvent(v));
}

/** True if `v` passes `UnknownEventSchema` as is (see the file header). */
export function isUnknownEvent(v: unknown): boolean {
  return (isEventEnvelope(v) && shape48(v));
}

/** True if `v` passes `StreamOpenSchema` as is (see the file header). */
export function isStreamOpen(v: unknown): boolean {
  return shape49(v);
}

/** True if `v` passes `StreamResetSchema` as is (see the file header). */
export function isStreamReset(v: unknown): boolean {
  return shape50(v);
}

/** True if `v` passes `EventStreamDataSchema` as is (see the file header). */
export function isEventStreamData(v: unknown): boolean {
  return (isEvent(v) || isUnknownEvent(v) || isStreamReset(v) || isStreamOpen(v));
}
