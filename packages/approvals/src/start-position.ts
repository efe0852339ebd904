/** The router's current position in the event stream, read from the first frame (`stream.open`) of a connection. */
import { type XerotierClient } from "@xerotier/api";
import { APPROVAL_EVENT_TYPES, eventStreamRequestHeaders } from "@xerotier/api/internal";
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

/** Reads SSE lines up to the first frame that dispatches (has `event:` or `data:`); its `id:` if it is `stream.open`. */
async function firstFrameId(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string | undefined> {
  const decoder = new TextDecoder();
  let text = "";
  let read = 0;
  let frame: { event?: string; id?: string; data?: boolean } = {};
  try {
    for (;;) {
      const lines = text.split(/\r\n|\n|\r/);
      text = lines.pop() ?? ""; // an unfinished line waits for more bytes
      for (const line of lines) {
        if (line === "") {
          if (frame.event !== undefined || frame.data) return frame.event === "stream.open" ? frame.id || undefined : undefined;
          frame = {}; // only comments or `retry:` so far: nothing was dispatched
          continue;
        }
        const [field, value] = splitField(line);
        if (field === "event") frame.event = value;
        else if (field === "id") frame.id = value;
        else if (field === "data") frame.data = true;
      }
      const chunk = await reader.read();
      if (chunk.done || (read += chunk.value.byteLength) > MAX_BYTES) return undefined;
      text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

// `field: value` per the SSE spec: one optional space after the colon; a line without a colon is a field with no value.
function splitField(line: string): [string, string] {
  const colon = line.indexOf(":");
  if (colon < 0) return [line, ""];
  const value = line.slice(colon + 1);
  return [line.slice(0, colon), value.startsWith(" ") ? value.slice(1) : value];
}
