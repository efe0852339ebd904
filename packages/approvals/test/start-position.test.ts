/**
 * latestEventId: the notifier's starting point on a fresh coordination is the `id:` of the first
 * frame when it is `stream.open`, and nothing is guessed otherwise.
 */
import { createXerotierClient } from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { latestEventId } from "../src/start-position";

/** A client whose fetch answers every request with these body chunks (and records the URL). */
function clientAnswering(chunks: string[], seen: string[] = []) {
  const fetch = async (input: RequestInfo | URL) => {
    seen.push(String(input instanceof Request ? input.url : input));
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(encoder.encode(next));
      },
    });
    return new Response(body, { status: 200, headers: { "content-type": "text/event-stream" } });
  };
  return createXerotierClient({ apiKey: "xero_demo_test", project: "demo", baseUrl: "http://127.0.0.1:9", fetch, maxRetries: 0 });
}

describe("latestEventId", () => {
  it("reads the id of the stream.open frame, across chunk boundaries and after comments and retry:", async () => {
    const seen: string[] = [];
    const client = clientAnswering([": keep-alive\r\nretry: 5\r\n\r\nid: evt_0", "0000042\r\nevent: stream.open\r\ndata: {}\r\n", "\r\nid: evt_43\n"], seen);
    expect(await latestEventId(client, { workspaceId: "ws_kube_prod" })).toBe("evt_00000042");
    expect(seen[0]).toContain("workspace_id=ws_kube_prod");
    expect(seen[0]).toContain("types=exec.approval_requested");
  });

  it("is undefined when the history is empty (stream.open without id)", async () => {
    expect(await latestEventId(clientAnswering(['event: stream.open\ndata: {"latest_event_id":null}\n\n']), {})).toBeUndefined();
  });

  it("is undefined, not a guess, when the first frame is an event (a server without stream.open)", async () => {
    expect(await latestEventId(clientAnswering(['id: evt_9\nevent: exec.approved\ndata: {"id":"evt_9"}\n\n']), {})).toBeUndefined();
  });

  it("is undefined when the body ends or grows past 64 KiB before any frame", async () => {
    expect(await latestEventId(clientAnswering([": only a comment\n"]), {})).toBeUndefined();
    expect(await latestEventId(clientAnswering(Array.from({ length: 70 }, () => `:${"x".repeat(1023)}\n`)), {})).toBeUndefined();
  });
});
