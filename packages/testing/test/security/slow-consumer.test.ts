import { get, type IncomingMessage } from "node:http";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { useWireRouter } from "./wire";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Heap in use after a full collection. */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Opens the event stream and never reads it (the socket stays paused). */
function stalledClient(url: string): Promise<{ response: IncomingMessage; closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const request = get(`${url}/proj_demo/v1/exec/events`, { headers: { authorization: "Bearer xero_demo_admin", accept: "text/event-stream" } }, (response) => {
      response.pause();
      const closed = new Promise<void>((done) => response.socket.once("close", () => done()));
      resolve({ response, closed });
    });
    request.on("error", reject);
  });
}

const CLIENTS = 3;
const EVENTS = 3000;
const PAYLOAD = "x".repeat(16 * 1024);

describe("a client that stops reading its event stream", () => {
  const wire = useWireRouter({ seed: "empty", eventHistoryLimit: 50, streamBufferBytes: 256 * 1024 });

  it("is disconnected once it falls behind its send buffer, and the router's heap stays bounded", async () => {
    const clients = await Promise.all(Array.from({ length: CLIENTS }, () => stalledClient(wire.running.url)));
    const before = heapAfterGc();
    const events = wire.running.router.world.events;
    // 3 clients x 3000 events x 16 KiB: ~144 MiB if nothing were dropped.
    for (let i = 0; i < EVENTS; i += 1) {
      events.append("exec.agent_offline", { id: `agt_${i}`, object: "agent", note: PAYLOAD });
      if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const timeout = new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 10_000).unref());
    expect(await Promise.race([Promise.all(clients.map((c) => c.closed)).then(() => "closed"), timeout])).toBe("closed");
    const grown = heapAfterGc() - before;
    expect(grown).toBeLessThan(24 * 1024 * 1024);
  });
});
