/** The router's current position in the event stream, read from the first frame (`stream.open`) of a connection. */
import { type XerotierClient } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES, createSseDecoder, eventStreamRequestHeaders, type SseMessage } from "@xerotier/api/internal";
import type { ApprovalFilter } from "./types";
import { linkedController } from "./util";

const MAX_BYTES = 64 * 1024; // the first frame is a few dozen bytes; a server that sends more is not answering
const TIMEOUT_MS = 10_000;

/**
 * Opens `GET /v1/exec/events` once and returns the `id:` of its `stream.open` frame: the newest
 * event id, a resume point that replays everything after it. `undefined` when the server's
 * history is empty or its first frame is not `stream.open` (a server without it). The connection
 * is closed right after the first frame; at most 64 KiB and 10 s are spent.
 */
export async function latestEventId(client: XerotierClient, filter: ApprovalFilter, signal?: AbortSignal): Promise<string | undefined> {
  const controller = linkedController(signal, AbortSignal.timeout(TIMEOUT_MS));
  try {
    const response = await client.fetch(eventsPath(filter), { method: "GET", headers: eventStreamRequestHeaders(), signal: controller.signal });
    if (!response.body) return undefined;
    return await firstFrameId(response.body.getReader());
  } finally {
    controller.abort(); // closes the connection: only its first frame was wanted
    controller.dispose();
  }
}

function eventsPath(filter: ApprovalFilter): string {
  const query = new URLSearchParams();
  if (filter.workspaceId) query.set("workspace_id", filter.workspaceId);
  if (filter.agentId) query.set("agent_id", filter.agentId);
  if (filter.risk) query.set("risk", filter.risk);
  query.set("types", APPROVAL_EVENT_TYPES.join(","));
  return `/v1/exec/events?${query}`;
}

/** The `id:` of the first frame (read with the stream's own SSE decoder) when it is `stream.open`; otherwise `undefined`. */
async function firstFrameId(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string | undefined> {
  let first: SseMessage | undefined;
  let oversized = false;
  const decoder = createSseDecoder({ maxBufferSize: MAX_BYTES, onMessage: (m) => (first ??= m), onOversized: () => (oversized = true) });
  let read = 0;
  try {
    while (first === undefined && !oversized) {
      const chunk = await reader.read();
      if (chunk.done || (read += chunk.value.byteLength) > MAX_BYTES) return undefined;
      decoder.push(chunk.value);
    }
    return first?.event === "stream.open" ? first.id || undefined : undefined;
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}
