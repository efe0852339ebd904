import { describe, expect, it } from "vitest";
import { startRouter } from "../../src/index";
import { events, readFrames } from "../support/sse";

describe("startRouter", () => {
  it("restart() cuts every connection, then serves the same state on the same port", async () => {
    const running = await startRouter({ port: 0, clock: "manual" });
    const headers = { authorization: "Bearer xero_demo_admin", "content-type": "application/json" };
    const created = await fetch(`${running.url}/proj_demo/v1/management/join-keys`, {
      method: "POST",
      headers,
      body: JSON.stringify({ name: "before-restart", region: "eu-west-1", router_addr: "tcp://router.example.com:5555" }),
    }).then((r) => r.json() as Promise<{ id: string }>);
    const stream = await fetch(`${running.url}/proj_demo/v1/exec/events`, { headers });
    const reader = stream.body!.getReader();

    await running.restart({ downMs: 20 });
    const drained = (async () => {
      for (let i = 0; i < 1000; i++) if ((await reader.read()).done) return "ended";
      return "still open";
    })().catch(() => "cut");
    expect(await drained).not.toBe("still open");
    const again = await fetch(`${running.url}/proj_demo/v1/management/join-keys/${created.id}`, { headers });
    expect(again.status).toBe(200);
    expect(running.router.conformance.violations).toEqual([]);
    await running.close();
  });

  it("listens on 127.0.0.1 by default, on the port asked for (0 picks a free one)", async () => {
    const running = await startRouter({ port: 0, clock: "manual" });
    expect(running.url).toBe(`http://127.0.0.1:${running.port}`);
    expect(running.port).toBeGreaterThan(0);
    const response = await fetch(`${running.url}/healthz`);
    expect(await response.json()).toEqual({ status: "ok" });
    await running.close();
    await expect(fetch(`${running.url}/healthz`)).rejects.toThrow();
  });

  it("flushes each event as it happens, before the stream ends", async () => {
    const running = await startRouter({ port: 0, clock: "manual", keepAliveMs: 60_000 });
    const response = await fetch(`${running.url}/proj_demo/v1/exec/events`, { headers: { authorization: "Bearer xero_demo_admin" } });
    const reading = readFrames(response, { stop: (frames) => events(frames).length >= 1 });
    running.router.world.events.append("exec.test_ping", { n: 1 });
    const { frames, end } = await reading;
    expect(end).toBe("enough");
    expect(events(frames)[0]).toMatchObject({ event: "exec.test_ping" });
    await running.close();
  });

  it("close() ends open event streams promptly instead of waiting for clients to leave", async () => {
    const running = await startRouter({ port: 0, clock: "manual", keepAliveMs: 60_000 });
    const response = await fetch(`${running.url}/proj_demo/v1/exec/events`, { headers: { authorization: "Bearer xero_demo_admin" } });
    const reading = readFrames(response);
    await running.close();
    const { end } = await reading;
    expect(["end", "error"]).toContain(end);
  });

  it("close() also releases a hung request", async () => {
    const running = await startRouter({ port: 0, clock: "manual" });
    running.router.faults.hang();
    const pending = fetch(`${running.url}/healthz`).then(
      (r) => r.status,
      () => "dropped",
    );
    // The hang is armed before the request arrives; wait until it has caught it.
    for (let i = 0; i < 200 && running.router.faults.list().length > 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    await running.close();
    expect(await pending).toBe(503);
  });

  it("fails to start, with the listen error, when the port is taken", async () => {
    const first = await startRouter({ port: 0 });
    await expect(startRouter({ port: first.port })).rejects.toMatchObject({ code: "EADDRINUSE" });
    await first.close();
  });
});
