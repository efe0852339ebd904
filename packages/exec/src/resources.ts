import { ConflictError, type Paginator, type RequestOptions, type XerotierClient } from "@xerotier/api";
import { ExecInputError, InvocationAlreadyFinishedError } from "./errors";
import { pagingOf, readOptions, writeOptions, type ListOptions } from "@xerotier/api/internal";
import { NO_TRACE, type TracedOptions } from "./trace";
import type { ArtifactRef, Invocation, InvocationOutput, InvocationStatus, Tool } from "./types";

/** Input of `invoke()`. */
export interface InvokeInput {
  /** The workspace to run the tool in. */
  workspaceId: string;
  /** The tool's name, e.g. `kubectl_get`. */
  tool: string;
  /** Arguments matching the tool's parameter schema. Default `{}`. */
  arguments?: Record<string, unknown>;
}

/** Filters of `list()`. */
export interface ListInvocationsFilter {
  /** Only this workspace. */
  workspaceId?: string;
  /** Only calls dispatched to this agent. */
  agentId?: string;
  /** Only this status. */
  status?: InvocationStatus;
  /** Only this tool. */
  tool?: string;
}

/** Raw output of an invocation, in SDK casing. */
export interface InvocationOutputView {
  /** The invocation. */
  invocationId: string;
  /** Standard output. */
  stdout: string;
  /** Standard error. */
  stderr: string;
  /** Exit code, or null if it never ran. */
  exitCode: number | null;
  /** Whether stdout or stderr was cut. */
  truncated: boolean;
  /** Artifacts produced; read one with `readArtifact()`. */
  artifacts: ArtifactRef[];
}

/** An artifact's content, decoded. */
export interface Artifact {
  /** Artifact id, `cart_…`. */
  id: string;
  /** The chat that owns it. */
  chatId: string;
  /** File name. */
  name: string;
  /** MIME type. */
  mediaType: string;
  /** Size of the decoded content in bytes. */
  sizeBytes: number;
  /** How the API sent it: `utf-8` content is a string, `base64` content is decoded to bytes. */
  encoding: "utf-8" | "base64";
  /** The content: text for `utf-8`, bytes for `base64`. */
  content: string | Uint8Array;
}

/** Which artifact to read: a reference from `output().artifacts`, or its two ids. */
export type ArtifactLocator = Pick<ArtifactRef, "id" | "chat_id"> | { chatId: string; artifactId: string };

/** Filter of `tools()`. */
export interface ListToolsFilter {
  /** Only tools served by agents bound to this workspace. */
  workspaceId?: string;
}

/** Every tool in the catalogue, across every page (the client pages tools by name; default page size 100). */
export async function listTools(client: XerotierClient, filter: ListToolsFilter = {}, options?: ListOptions): Promise<Tool[]> {
  const query = filter.workspaceId ? { workspace_id: filter.workspaceId } : {};
  const { paging, request } = pagingOf({ pageSize: 100, ...options });
  return client.paginate("/v1/exec/tools", { params: { query }, ...request }, paging).toArray();
}

/** One tool's descriptor; an unknown tool is a `NotFoundError` with code `exec_tool_not_found`. */
export async function getTool(client: XerotierClient, name: string, options?: RequestOptions): Promise<Tool> {
  const { data } = await client.GET("/v1/exec/tools/{tool_name}", { params: { path: { tool_name: name } }, ...readOptions(options) });
  return data;
}

/**
 * Requests a tool call. Retry-safe: the client sends one `Idempotency-Key` for the call and
 * reuses it on every retry, so a retried request never runs the tool twice. Pass your own
 * `options.idempotencyKey` when re-sending the same call from another process (after a crash),
 * so the tool still runs at most once.
 */
export async function invoke(client: XerotierClient, input: InvokeInput, options?: RequestOptions): Promise<Invocation> {
  if (!input?.workspaceId || !input.tool) throw new ExecInputError("invoke() needs `workspaceId` and `tool`.");
  const { data } = await client.POST("/v1/exec/invocations", {
    body: { workspace_id: input.workspaceId, tool_name: input.tool, arguments: input.arguments ?? {} },
    ...writeOptions(options),
  });
  return data;
}

/** Invocations, newest first, filtered. */
export function listInvocations(client: XerotierClient, filter: ListInvocationsFilter = {}, options?: ListOptions): Paginator<Invocation> {
  const query = {
    ...(filter.workspaceId ? { workspace_id: filter.workspaceId } : {}),
    ...(filter.agentId ? { agent_id: filter.agentId } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.tool ? { tool_name: filter.tool } : {}),
  };
  const { paging, request } = pagingOf(options);
  return client.paginate("/v1/exec/invocations", { params: { query }, ...request }, paging);
}

/** One invocation with every transition. */
export async function getInvocation(client: XerotierClient, id: string, options: TracedOptions = {}): Promise<Invocation> {
  const { trace = NO_TRACE } = options;
  const { data } = await trace.run(`GET /v1/exec/invocations/${id}`, () =>
    client.GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: id } }, ...readOptions(options) }),
  );
  return data;
}

/**
 * Cancels an unfinished invocation. If it finished first (the router's 409
 * `invocation_already_finished`), throws {@link InvocationAlreadyFinishedError} carrying the final invocation.
 */
export async function cancelInvocation(client: XerotierClient, id: string, options?: RequestOptions): Promise<Invocation> {
  try {
    const { data } = await client.POST("/v1/exec/invocations/{invocation_id}/cancel", { params: { path: { invocation_id: id } }, ...writeOptions(options) });
    return data;
  } catch (error) {
    if (!(error instanceof ConflictError && error.code === "invocation_already_finished")) throw error;
    throw new InvocationAlreadyFinishedError(await getInvocation(client, id, readOptions(options)), error);
  }
}

/** `xeroctl exec raw <id>`: stdout, stderr, exit code and the artifacts referenced. */
export async function getOutput(client: XerotierClient, id: string, options: TracedOptions = {}): Promise<InvocationOutputView> {
  const { trace = NO_TRACE } = options;
  const { data } = await trace.run(`GET /v1/exec/invocations/${id}/output`, () =>
    client.GET("/v1/exec/invocations/{invocation_id}/output", { params: { path: { invocation_id: id } }, ...readOptions(options) }),
  );
  return outputView(data);
}

/** Converts the wire output to {@link InvocationOutputView}. */
export function outputView(data: InvocationOutput): InvocationOutputView {
  return {
    invocationId: data.invocation_id,
    stdout: data.stdout,
    stderr: data.stderr,
    exitCode: data.exit_code,
    truncated: data.truncated,
    artifacts: data.artifacts,
  };
}

/** Reads an artifact through the chat artifact API and decodes base64 content to bytes. */
export async function readArtifact(client: XerotierClient, ref: ArtifactLocator, options?: RequestOptions): Promise<Artifact> {
  const chatId = "chat_id" in ref ? ref.chat_id : ref.chatId;
  const artifactId = "artifactId" in ref ? ref.artifactId : ref.id;
  if (!chatId || !artifactId) throw new ExecInputError("readArtifact() needs an artifact reference with a chat id and an artifact id.");
  const { data } = await client.GET("/v1/chats/{chat_id}/artifacts/{artifact_id}", {
    params: { path: { chat_id: chatId, artifact_id: artifactId } },
    ...readOptions(options),
  });
  return {
    id: data.id,
    chatId: data.chat_id,
    name: data.name,
    mediaType: data.media_type,
    sizeBytes: data.size_bytes,
    encoding: data.encoding,
    content: data.encoding === "base64" ? decodeBase64(data.content) : data.content,
  };
}

/** Decodes base64 with the runtime's `atob` (Node 16+, Bun, Deno, browsers). */
function decodeBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/\s/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
