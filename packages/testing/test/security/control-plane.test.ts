import { request as httpRequest } from "node:http";
import { describe, expect, it } from "vitest";
import { errorOf, useWireRouter } from "./wire";

/** Sends a request with a chosen Host header (fetch does not let a caller set it). */
function withHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "GET", headers: { host } }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the /_router control plane refuses what a web page could send", () => {
  const wire = useWireRouter({ seed: "demo" });

  it("answers no CORS: a preflight from a page gets no access-control headers", async () => {
    const response = await wire.send("/_router/reset", {
      method: "OPTIONS",
      headers: { origin: "https://evil.example", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(response.status).not.toBe(204);
    await response.body?.cancel();
  });

  it("refuses a text/plain POST (a cross-origin write that needs no preflight) with 415, and arms nothing", async () => {
    const response = await wire.send("/_router/faults", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ kind: "latency", ms: 30_000 }),
    });
    expect(response.status).toBe(415);
    expect(await errorOf(response)).toMatchObject({ code: "unsupported_media_type" });
    expect(wire.running.router.faults.list()).toEqual([]);
  });

  it("refuses a bodyless reset without a JSON content type, and the world survives", async () => {
    wire.running.router.world.approvals.reject(wire.running.router.world.approvals.list({ status: "pending" }).data[0]!.id, {}, "user:test");
    const before = wire.running.router.world.approvals.list({ status: "pending" }).data.length;
    const response = await wire.send("/_router/reset", { method: "POST" });
    expect(response.status).toBe(415);
    await response.body?.cancel();
    expect(wire.running.router.world.approvals.list({ status: "pending" }).data.length).toBe(before);
  });

  it("refuses any control request that carries an Origin, even as JSON", async () => {
    const response = await wire.send("/_router/clock/advance", { method: "POST", headers: { origin: "https://evil.example" }, json: { ms: 1 } });
    expect(response.status).toBe(403);
    expect(await errorOf(response)).toMatchObject({ code: "control_origin_forbidden" });
  });

  it("keeps CORS on the API for browser clients", async () => {
    const response = await wire.send("/proj_demo/v1/exec/tools", { key: "xero_demo_admin", headers: { origin: "https://app.example" } });
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    await response.body?.cancel();
  });

  it("answers 421 host_not_allowed for a foreign Host header (DNS rebinding), on the API and the control plane", async () => {
    for (const path of ["/_router/clock", "/healthz"]) {
      const rebound = await withHost(`${wire.running.url}${path}`, `evil.example:${wire.running.port}`);
      expect(rebound.status).toBe(421);
      expect(JSON.parse(rebound.body).error.code).toBe("host_not_allowed");
    }
    expect((await withHost(`${wire.running.url}/healthz`, `localhost:${wire.running.port}`)).status).toBe(200);
  });
});

describe("with a control token", () => {
  const wire = useWireRouter({ seed: "demo", controlToken: "s3cret-control-token" });

  it("requires it in x-router-control-token, and never echoes it", async () => {
    const missing = await wire.send("/_router/clock/advance", { method: "POST", json: { ms: 1 } });
    expect(missing.status).toBe(401);
    const text = await missing.text();
    expect(JSON.parse(text).error.code).toBe("control_token_required");
    expect(text).not.toContain("s3cret");
    const wrong = await wire.send("/_router/clock", { headers: { "x-router-control-token": "s3cret-control-tokem" } });
    expect(wrong.status).toBe(401);
    await wrong.body?.cancel();
    const right = await wire.send("/_router/clock/advance", { method: "POST", headers: { "x-router-control-token": "s3cret-control-token" }, json: { ms: 1 } });
    expect(right.status).toBe(200);
    expect(wire.running.controlToken).toBe("s3cret-control-token");
    await right.body?.cancel();
  });
});
