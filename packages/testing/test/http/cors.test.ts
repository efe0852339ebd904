import { afterAll, describe, expect, it } from "vitest";
import { createRouter } from "../../src/index";
import { caller } from "../support/call";

describe("CORS", () => {
  const router = createRouter({ clock: "manual", seed: "empty" });
  const call = caller(router);
  afterAll(() => router.close());

  it("answers a preflight with 204 before auth, allowing the SDK's headers", async () => {
    const response = await call("/v1/exec/invocations", {
      method: "OPTIONS",
      key: null,
      headers: { origin: "https://ops.example.com", "access-control-request-method": "POST" },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const allowed = response.headers.get("access-control-allow-headers")?.toLowerCase().split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "content-type", "idempotency-key", "last-event-id", "x-request-id"]));
    expect(response.headers.get("access-control-allow-methods")).toContain("POST");
    expect(router.conformance.violations).toEqual([]); // preflights are not API operations
  });

  it("lets browser code read the request id and rate-limit headers on every response, errors included", async () => {
    for (const key of ["xero_demo_admin", null]) {
      const response = await call("/v1/exec/tools", { key, headers: { origin: "https://ops.example.com" } });
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const exposed = response.headers.get("access-control-expose-headers")?.split(/,\s*/);
      expect(exposed).toEqual(
        expect.arrayContaining(["x-request-id", "retry-after", "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]),
      );
    }
    router.conformance.assertClean();
  });
});
