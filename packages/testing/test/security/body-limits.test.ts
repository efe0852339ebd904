import { describe, expect, it } from "vitest";
import { DEMO } from "../../src/index";
import { errorOf, useWireRouter } from "./wire";

const INVOKE = "/proj_demo/v1/exec/invocations";
const invoke = (args: unknown) => ({ workspace_id: DEMO.workspaces.staging, tool_name: DEMO.tools.read, arguments: args });

/** `[[[…]]]` nested `depth` arrays deep. */
function nested(depth: number): string {
  return `${"[".repeat(depth)}1${"]".repeat(depth)}`;
}

describe("request body limits, answered with envelopes", () => {
  const wire = useWireRouter({ seed: "demo", limits: { maxBodyBytes: 256 * 1024 } });
  const post = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }, extra: RequestInit = {}) =>
    wire.send(INVOKE, { method: "POST", key: "xero_demo_admin", headers, body, ...extra });

  it("answers 413 payload_too_large for a body over the limit, and creates nothing", async () => {
    const before = wire.running.router.world.invocations.list({ limit: 100 }).data.length;
    const response = await post(JSON.stringify(invoke({ resource: "x".repeat(300 * 1024) })));
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({ code: "payload_too_large" });
    expect(wire.running.router.world.invocations.list({ limit: 100 }).data.length).toBe(before);
  });

  it("stops reading a streamed body (no content-length) once it passes the limit", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Bounded: at most 1 MiB is ever offered.
        if (sent >= 64) return controller.close();
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const response = await post(body, { "content-type": "application/json" }, { duplex: "half" } as RequestInit);
    expect(response.status).toBe(413);
    await response.body?.cancel();
  });

  it("answers 400 invalid_body for JSON nested deeper than the limit (and the lists still answer)", async () => {
    for (const depth of [1_900, 100_000]) {
      const response = await post(`{"workspace_id":"${DEMO.workspaces.staging}","tool_name":"${DEMO.tools.read}","arguments":{"resource":"pods","selector":${nested(depth)}}}`);
      expect(response.status, `depth ${depth}`).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: "invalid_body" });
    }
    for (const path of ["/proj_demo/v1/exec/invocations", "/proj_demo/v1/exec/approvals"]) {
      expect((await wire.send(path, { key: "xero_demo_admin" })).status).toBe(200);
    }
  });

  it("accepts arguments nested within the limit, and lists them afterwards", async () => {
    const response = await post(JSON.stringify(invoke({ resource: "pods", selector: JSON.parse(nested(40)) })));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const list = await wire.send("/proj_demo/v1/exec/invocations?limit=100", { key: "xero_demo_admin" });
    expect(list.status).toBe(200);
    expect(((await list.json()) as { data: Array<{ id: string }> }).data.map((i) => i.id)).toContain(id);
  });

  it("answers 415 unsupported_media_type for a JSON body sent as text/plain", async () => {
    const response = await post(JSON.stringify(invoke({ resource: "pods" })), { "content-type": "text/plain" });
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({ code: "unsupported_media_type" });
  });

  it("answers 400 for invalid UTF-8, and two different invalid bodies with one Idempotency-Key are never replayed", async () => {
    const bytes = (last: number) => new Uint8Array([...new TextEncoder().encode('{"workspace_id":"'), 0xff, last, ...new TextEncoder().encode('"}')]);
    const headers = { "content-type": "application/json", "idempotency-key": "utf8-check" };
    const first = await post(bytes(0xfe), headers);
    expect(first.status).toBe(400);
    expect(await errorOf(first)).toMatchObject({ code: "invalid_body" });
    const second = await post(bytes(0xfd), headers);
    expect(second.status).toBe(400);
    expect(second.headers.get("idempotent-replayed")).toBeNull();
    await second.body?.cancel();
  });

  it("applies the same limits to the control plane", async () => {
    const response = await wire.send("/_router/faults", { method: "POST", headers: { "content-type": "application/json" }, body: nested(1_000) });
    expect(response.status).toBe(400);
    await response.body?.cancel();
  });
});
