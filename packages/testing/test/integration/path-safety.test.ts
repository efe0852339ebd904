/**
 * Ids that look like paths (`/`, `..`, encoded slashes) stay one path segment end to end: the
 * client encodes them, the router matches them as one parameter, and no other route answers.
 */
import { InvalidPathParameterError, NotFoundError } from "@xerotier/api";
import { describe, expect, it } from "vitest";
import { useRouter } from "../support/harness";

describe("path parameters can never reach another route", () => {
  const h = useRouter({ clock: "manual" });
  const getInvocation = (id: string) => h.client().GET("/v1/exec/invocations/{invocation_id}", { params: { path: { invocation_id: id } } });

  it.each([
    "../../management/agents",
    "inv_1/cancel",
    "../approvals",
    "%2e%2e",
    "a/../../v1/management/join-keys",
    "inv?limit=1",
    "inv#fragment",
  ])("GET invocation %j is a 404 invocation_not_found for that literal id", async (id) => {
    const error = await getInvocation(id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ code: "invocation_not_found" });
    expect((error as NotFoundError).message).toContain(id);
  });

  it.each([".", ".."])("an id of %j is refused by the client before any request", async (id) => {
    // A tripwire: it would fire on any request that reached the invocation routes.
    const tripwire = h.router.faults.failNext(1, { status: 500, match: { path: /^\/v1\/exec/ } });
    await expect(getInvocation(id)).rejects.toBeInstanceOf(InvalidPathParameterError);
    expect(tripwire.triggered).toBe(0);
  });

  it("a POST to an id with a slash cannot cancel something else", async () => {
    const before = h.router.world.invocations.list({ limit: 100 }).data.map((i) => i.status);
    const error = await h
      .client()
      .POST("/v1/exec/invocations/{invocation_id}/cancel", { params: { path: { invocation_id: "inv_demo_queued/../inv_demo_running" } } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: "invocation_not_found" });
    expect(h.router.world.invocations.list({ limit: 100 }).data.map((i) => i.status)).toEqual(before);
  });
});
