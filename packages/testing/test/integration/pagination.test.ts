/**
 * client.paginate() across real pages of the router: data created through the API, read back
 * page by page with `limit` and `after`.
 */
import { describe, expect, it } from "vitest";
import { useRouter } from "../support/harness";

describe("pagination across pages", () => {
  const h = useRouter({ clock: "manual", seed: "empty" });
  const CREATED = 23;

  async function mintJoinKeys(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const { data } = await h.client().POST("/v1/management/join-keys", {
        body: { name: `edge-${String(i).padStart(2, "0")}`, region: "eu-west-1", router_addr: "tcp://router.example.com:5555", expires_in_hours: 24 },
      });
      ids.push(data.id);
    }
    return ids;
  }

  it("iterates every item exactly once, newest first, following after = last id", async () => {
    const created = await mintJoinKeys(CREATED);
    const pages = [];
    for await (const page of h.client().paginate("/v1/management/join-keys", undefined, { pageSize: 5 }).pages()) pages.push(page);
    expect(pages.map((p) => p.data.length)).toEqual([5, 5, 5, 5, 3]);
    expect(pages.map((p) => p.hasMore)).toEqual([true, true, true, true, false]);
    const seen = pages.flatMap((p) => p.data.map((k) => k.id));
    expect(seen).toEqual([...created].reverse());
    expect(new Set(pages.map((p) => p.requestId)).size).toBe(pages.length);
  });

  it("stops at maxItems, trimming the last page", async () => {
    const items = await h.client().paginate("/v1/management/join-keys", undefined, { pageSize: 10, maxItems: 12 }).toArray();
    expect(items).toHaveLength(12);
  });

  it("keeps the query's filters on every page", async () => {
    const { data: revoked } = await h.client().GET("/v1/management/join-keys", { params: { query: { limit: 3 } } });
    for (const key of revoked.data) {
      await h.client().DELETE("/v1/management/join-keys/{join_key_id}", { params: { path: { join_key_id: key.id } } });
    }
    const items = await h
      .client()
      .paginate("/v1/management/join-keys", { params: { query: { status: "revoked" } } }, { pageSize: 2 })
      .toArray();
    expect(items.map((k) => k.id)).toEqual(revoked.data.map((k) => k.id));
    expect(items.every((k) => k.status === "revoked")).toBe(true);
  });

  it("answers a limit outside 1-100 with a 400 naming the parameter", async () => {
    const response = await h.fetch("/v1/management/join-keys?limit=500");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: "invalid_request", param: "limit" });
  });
});

describe("pagination of tools, whose cursor is the tool name", () => {
  const h = useRouter({ clock: "manual", seed: "demo" });

  it("walks every tool across pages of two, each exactly once", async () => {
    const { data: all } = await h.client().GET("/v1/exec/tools", { params: { query: { limit: 100 } } });
    const paged = await h.client().paginate("/v1/exec/tools", undefined, { pageSize: 2 }).toArray();
    expect(all.data.length).toBeGreaterThan(2);
    expect(paged.map((t) => t.name)).toEqual(all.data.map((t) => t.name));
  });
});
