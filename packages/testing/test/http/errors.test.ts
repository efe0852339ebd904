import { describe, expect, it, vi } from "vitest";
import { RouterError } from "../../src/index";
import { assembleRouter } from "../../src/router";
import { caller } from "../support/call";

// A router whose only routes misbehave on purpose, to show how the HTTP layer answers.
function brokenRouter(onError = vi.fn()) {
  const router = assembleRouter({ clock: "manual", seed: "empty", validate: "off", onError }, (app) => {
    app.get("/:project/v1/exec/tools", () => {
      throw new Error("boom: a bug in a route");
    });
    app.get("/:project/v1/exec/approvals", () => {
      throw "not even an Error";
    });
    app.get("/:project/v1/exec/invocations", () => {
      throw new RouterError(409, "invocation_already_finished", "Already completed.", { param: "invocation_id" });
    });
  });
  return { router, call: caller(router), onError };
}

describe("error rendering", () => {
  it("renders a RouterError as the envelope with its status", async () => {
    const { router, call } = brokenRouter();
    const response = await call("/v1/exec/invocations");
    expect(response.status).toBe(409);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      error: { message: "Already completed.", type: "conflict_error", code: "invocation_already_finished", param: "invocation_id" },
    });
    await router.close();
  });

  it("answers an exception from a route as a 500 internal_error envelope, and reports it", async () => {
    const { router, call, onError } = brokenRouter();
    const response = await call("/v1/exec/tools");
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error).toMatchObject({ type: "server_error", code: "internal_error", param: null });
    expect(body.error.message).not.toContain("boom"); // internals stay in the log
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "boom: a bug in a route" }), response.headers.get("x-request-id"));
    await router.close();
  });

  it("answers a thrown non-Error as a 500 too, never a crash", async () => {
    const { router, call } = brokenRouter();
    const response = await call("/v1/exec/approvals");
    expect(response.status).toBe(500);
    expect((await response.json()).error.code).toBe("internal_error");
    expect(response.headers.get("x-request-id")).toMatch(/^req_/);
    await router.close();
  });

  it("answers an unknown route with a 404 not_found envelope naming method and path", async () => {
    const { router, call } = brokenRouter();
    const response = await call("/v2/whatever", { method: "PUT" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { message: "No route for PUT /v2/whatever.", type: "not_found_error", code: "not_found", param: null },
    });
    await router.close();
  });
});
