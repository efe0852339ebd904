// The read-only probes: every list (a few pages) and the show of one item of each.
import { isJsonObject } from "../fixtures/format";
import { callOperation, type CallInput } from "./calls";
import { operationLog, skip, type ProbeState } from "./state";

/** Paging bounds of the lists. */
export interface PagingLimits {
  maxPages: number;
  pageSize: number;
}

/** What one list gave: its items (bounded by the pages read) and whether the key may read it. */
export interface ListSample {
  items: Array<Record<string, unknown>>;
  allowed: boolean;
}

/** What the read probes learned that later probes use. */
export interface ReadSamples {
  tools: ListSample;
  joinKeys: ListSample;
  invocations: ListSample;
  approvals: ListSample;
  agents: ListSample;
  workspaces: ListSample;
}

/** `GET /healthz`, served at the host root, outside the project. */
export async function probeHealth(state: ProbeState): Promise<void> {
  const suffix = `/${encodeURIComponent(state.client.project)}`;
  const base = state.client.baseUrl;
  const root = base.endsWith(suffix) ? base.slice(0, -suffix.length) : new URL(base).origin;
  await callOperation(state, "getHealth", { url: `${root}/healthz` });
}

/** Lists every resource and shows one of each. */
export async function probeReads(state: ProbeState, paging: PagingLimits): Promise<ReadSamples> {
  const tools = await probeList(state, "listTools", paging, {}, (t) => t.name);
  await showFirst(state, tools, "listTools", "getTool", "tool_name", (t) => t.name);
  const invocations = await probeList(state, "listInvocations", paging);
  await showFirst(state, invocations, "listInvocations", "getInvocation", "invocation_id");
  await probeOutputs(state, invocations);
  const approvals = await probeList(state, "listApprovals", paging);
  await showFirst(state, approvals, "listApprovals", "getApproval", "approval_id");
  const agents = await probeList(state, "listAgents", paging);
  await showFirst(state, agents, "listAgents", "getAgent", "agent_id");
  await nestedList(state, agents, "listAgents", "listAgentEvents", "agent_id", paging);
  const joinKeys = await probeList(state, "listJoinKeys", paging);
  await showFirst(state, joinKeys, "listJoinKeys", "getJoinKey", "join_key_id");
  const workspaces = await probeList(state, "listWorkspaces", paging);
  await showFirst(state, workspaces, "listWorkspaces", "getWorkspace", "workspace_id");
  await nestedList(state, workspaces, "listWorkspaces", "listWorkspaceBindings", "workspace_id", paging);
  return { tools, joinKeys, invocations, approvals, agents, workspaces };
}

type ValueOf = (item: Record<string, unknown>) => unknown;
const byId: ValueOf = (item) => item.id;

/**
 * Reads up to `maxPages` pages of a list, following `after` = the last item's cursor (its `id`,
 * or a tool's `name`) while `has_more` is true.
 */
export async function probeList(state: ProbeState, operationId: string, paging: PagingLimits, input: CallInput = {}, cursorOf: ValueOf = byId): Promise<ListSample> {
  const items: Array<Record<string, unknown>> = [];
  let after: string | undefined;
  let pages = 0;
  let more = false;
  do {
    const query = { ...input.query, limit: paging.pageSize, ...(after !== undefined ? { after } : {}) };
    const result = await callOperation(state, operationId, { ...input, query });
    if (result.kind !== "ok") return { items, allowed: !(result.kind === "error" && result.error.status === 403) };
    pages += 1;
    const page = (typeof result.data === "object" && result.data !== null ? result.data : {}) as { data?: unknown; has_more?: unknown };
    const data = Array.isArray(page.data) ? page.data.filter(isJsonObject) : [];
    items.push(...data);
    const cursor = data.length > 0 ? cursorOf(data[data.length - 1]!) : undefined;
    more = page.has_more === true;
    after = typeof cursor === "string" ? cursor : undefined;
  } while (more && after !== undefined && pages < paging.maxPages);
  operationLog(state, operationId).notes.push(`${pages} page${pages === 1 ? "" : "s"}, ${items.length} item${items.length === 1 ? "" : "s"}${more ? " (more not read)" : ""}`);
  return { items, allowed: true };
}

/** Shows the first listed item; when the list could not be read or was empty, says why not. */
async function showFirst(state: ProbeState, sample: ListSample, list: string, show: string, param: string, pick: ValueOf = byId): Promise<void> {
  const id = firstString(sample, pick);
  if (id === undefined) return explainNoItem(state, sample, list, show);
  await callOperation(state, show, { path: { [param]: id } });
}

async function nestedList(state: ProbeState, parent: ListSample, list: string, operationId: string, param: string, paging: PagingLimits): Promise<void> {
  const id = firstString(parent, byId);
  if (id === undefined) return explainNoItem(state, parent, list, operationId);
  await probeList(state, operationId, paging, { path: { [param]: id } });
}

/** The raw output of up to three finished invocations (completed ones first), and the first artifact one of them lists. */
async function probeOutputs(state: ProbeState, invocations: ListSample): Promise<void> {
  const finished = invocations.items
    .filter((i) => typeof i.id === "string" && typeof i.finished_at === "string")
    .sort((a, b) => Number(b.status === "completed") - Number(a.status === "completed"))
    .slice(0, 3);
  if (finished.length === 0) {
    explainNoItem(state, invocations, "listInvocations", "getInvocationOutput", "no finished invocation was listed");
    skip(state, "getChatArtifact", "no invocation output listed an artifact");
    return;
  }
  for (const invocation of finished) {
    const result = await callOperation(state, "getInvocationOutput", { path: { invocation_id: invocation.id as string } });
    if (result.kind !== "ok") continue;
    const artifact = firstArtifact(result.data);
    if (!artifact) continue;
    await callOperation(state, "getChatArtifact", { path: artifact });
    return;
  }
  skip(state, "getChatArtifact", "no invocation output listed an artifact");
}

function firstArtifact(output: unknown): { chat_id: string; artifact_id: string } | undefined {
  const artifacts = isJsonObject(output) && Array.isArray(output.artifacts) ? output.artifacts.filter(isJsonObject) : [];
  const found = artifacts.find((a) => typeof a.id === "string" && a.id !== "" && typeof a.chat_id === "string" && a.chat_id !== "");
  return found ? { chat_id: found.chat_id as string, artifact_id: found.id as string } : undefined;
}

function explainNoItem(state: ProbeState, sample: ListSample, list: string, operationId: string, empty = `${list} returned no item to show`): void {
  if (!sample.allowed) operationLog(state, operationId).notAllowed ??= operationLog(state, list).notAllowed ?? "HTTP 403";
  else skip(state, operationId, operationLog(state, list).answered > 0 ? empty : `${list} could not be read`);
}

function firstString(sample: ListSample, pick: ValueOf): string | undefined {
  return sample.items.map(pick).find((value): value is string => typeof value === "string" && value !== "");
}
