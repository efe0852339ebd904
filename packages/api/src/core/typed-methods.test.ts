import { describe, expect, expectTypeOf, it } from "vitest";
import { createXerotierClient } from "../client";
import type { components } from "../generated/schema";

type Approval = components["schemas"]["Approval"];

// The assertions below are checked by `tsc` (pnpm typecheck); the calls also run, against an injected fetch.
describe("typed methods", () => {
  const fetch = async (request: Request) =>
    new Response(JSON.stringify(new URL(request.url).pathname.endsWith("/approvals") ? { object: "list", data: [], has_more: false } : { id: "a" }), {
      headers: { "content-type": "application/json", "x-request-id": "req_t" },
    });
  const client = createXerotierClient({ apiKey: "xero_acme_0123456789", project: "proj_1", fetch });

  it("types data as the success body, non-optional, next to response and requestId", async () => {
    const result = await client.GET("/v1/exec/approvals/{approval_id}", { params: { path: { approval_id: "a" } } });
    expectTypeOf(result.data).toEqualTypeOf<Approval>();
    expectTypeOf(result.response).toEqualTypeOf<Response>();
    expectTypeOf(result.requestId).toEqualTypeOf<string | undefined>();
    expect(result.requestId).toBe("req_t");
  });

  it("requires params where the operation needs them and rejects unknown paths", async () => {
    // Never called: its body exists for tsc, which fails if an @ts-expect-error line compiles.
    const misuse = () => [
      // @ts-expect-error approval_id is required
      client.GET("/v1/exec/approvals/{approval_id}"),
      // @ts-expect-error not a path of the spec
      client.GET("/v1/not-a-path"),
      // @ts-expect-error approve is POST only
      client.GET("/v1/exec/approvals/{approval_id}/approve", { params: { path: { approval_id: "a" } } }),
    ];
    expect(typeof misuse).toBe("function");
    const list = await client.GET("/v1/exec/approvals");
    expectTypeOf(list.data.data).toEqualTypeOf<Approval[]>();
    expect(list.data).toEqual({ object: "list", data: [], has_more: false });
  });

  it("types paginated items from the list operation's response", async () => {
    const paginator = client.paginate("/v1/exec/approvals", { params: { query: { status: "pending" } } });
    expectTypeOf(paginator.toArray()).resolves.toEqualTypeOf<Approval[]>();
    expect(await paginator.toArray()).toEqual([]);
  });
});
