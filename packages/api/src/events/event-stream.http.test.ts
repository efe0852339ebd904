// End to end over a real socket: a server on 127.0.0.1 cuts the connection mid-event; the stream resumes.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createEventStream } from "./event-stream";
import { eventStreamRequestHeaders } from "./request-headers";
import { collect, envelope, frame } from "./__fixtures__/harness";

let server: Server | undefined;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe("event stream over node:http", () => {
  it("resumes with Last-Event-ID after the server cuts the connection in the middle of an event", async () => {
    const seen: IncomingHttpHeaders[] = [];
    server = createServer((request, response) => {
      seen.push(request.headers);
      if (seen.length === 1) {
        response.writeHead(200, { "content-type": "text/event-stream" });
        const second = frame(envelope("evt_2"));
        const cutMidEvent = ": keep-alive\n\n" + frame(envelope("evt_1")) + second.slice(0, second.length / 2);
        response.write(cutMidEvent, () => request.socket.destroy()); // flushed, then the connection dies
      } else if (seen.length === 2) {
        response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
        response.end("retry: 10\n\n" + frame(envelope("evt_2")) + frame(envelope("evt_3", "exec.approved")));
      } else {
        response.writeHead(204).end();
      }
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;

    const stream = createEventStream({
      open: ({ lastEventId, signal }) =>
        fetch(`http://127.0.0.1:${port}/v1/exec/events`, { headers: eventStreamRequestHeaders(lastEventId), signal }),
      baseDelayMs: 10,
      maxRetries: 4,
    });
    const items = await collect(stream, 10);

    expect(items).toEqual([envelope("evt_1"), envelope("evt_2"), envelope("evt_3", "exec.approved")]);
    expect(seen.map((headers) => headers["last-event-id"])).toEqual([undefined, "evt_1", "evt_3"]);
    expect(seen[0]?.accept).toBe("text/event-stream");
    expect(stream.lastEventId).toBe("evt_3");
  });
});
