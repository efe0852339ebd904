import { describe, expect, it, vi } from "vitest";
import { createXerotierClient } from "./client";
import { APIUserAbortError, InvalidResponseError, XerotierConfigError } from "./errors";
import { paginate } from "./pagination";

const ALL = Array.from({ length: 7 }, (_, i) => ({ id: `apr_${i + 1}`, object: "approval", status: "pending" }));

/** A list endpoint over ALL honouring `limit` (default 3) and `after`, recording each query. */
function listServer(items: Array<{ id: string }> = ALL) {
  const queries: Array<Record<string, string>> = [];
  const fetch = vi.fn(async (request: Request) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    queries.push(query);
    const limit = Number(query.limit ?? 3);
    const start = query.after ? items.findIndex((item) => item.id === query.after) + 1 : 0;
    const data = items.slice(start, start + limit);
    return new Response(JSON.stringify({ object: "list", data, has_more: start + limit < items.length }), {
      headers: { "content-type": "application/json", "x-request-id": `req_page_${queries.length}` },
    });
  });
  const client = createXerotierClient({ apiKey: "xero_acme_0123456789", project: "proj_1", fetch });
  return { client, fetch, queries };
}

describe("paginate", () => {
  it("yields every item across pages, following after = last item's id", async () => {
    const { client, queries } = listServer();
    const ids: string[] = [];
    for await (const approval of client.paginate("/v1/exec/approvals", { params: { query: { status: "pending" } } })) {
      ids.push(approval.id);
    }
    expect(ids).toEqual(ALL.map((a) => a.id));
    expect(queries).toEqual([
      { status: "pending" },
      { status: "pending", after: "apr_3" },
      { status: "pending", after: "apr_6" },
    ]);
  });

  it("works as a standalone function and with no init", async () => {
    const { client } = listServer();
    expect((await paginate(client, "/v1/exec/approvals").toArray()).map((a) => a.id)).toEqual(ALL.map((a) => a.id));
  });

  it("stops at maxItems without over-fetching", async () => {
    const { client, queries } = listServer();
    const items = await client.paginate("/v1/exec/approvals", undefined, { maxItems: 4, pageSize: 3 }).toArray();
    expect(items.map((a) => a.id)).toEqual(["apr_1", "apr_2", "apr_3", "apr_4"]);
    expect(queries).toEqual([{ limit: "3" }, { limit: "1", after: "apr_3" }]);
  });

  it("sends no request for maxItems 0", async () => {
    const { client, fetch } = listServer();
    expect(await client.paginate("/v1/exec/approvals", {}, { maxItems: 0 }).toArray()).toEqual([]);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("iterates page by page with pages()", async () => {
    const { client } = listServer();
    const pages = [];
    for await (const page of client.paginate("/v1/exec/approvals", {}, { pageSize: 5 }).pages()) {
      pages.push({ ids: page.data.map((a) => a.id), hasMore: page.hasMore, requestId: page.requestId, status: page.response.status });
    }
    expect(pages).toEqual([
      { ids: ["apr_1", "apr_2", "apr_3", "apr_4", "apr_5"], hasMore: true, requestId: "req_page_1", status: 200 },
      { ids: ["apr_6", "apr_7"], hasMore: false, requestId: "req_page_2", status: 200 },
    ]);
  });

  it("stops between pages when the signal aborts, without fetching the next page", async () => {
    const { client, fetch } = listServer();
    const controller = new AbortController();
    const ids: string[] = [];
    const run = async () => {
      for await (const approval of client.paginate("/v1/exec/approvals", {}, { signal: controller.signal })) {
        ids.push(approval.id);
        if (ids.length === 3) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(APIUserAbortError);
    expect(ids).toEqual(["apr_1", "apr_2", "apr_3"]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("throws InvalidResponseError instead of looping when has_more is true but the cursor cannot advance", async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ object: "list", data: [{ id: "same" }], has_more: true }), {
        headers: { "content-type": "application/json" },
      }),
    );
    const client = createXerotierClient({ apiKey: "xero_acme_0123456789", project: "proj_1", fetch });
    await expect(client.paginate("/v1/exec/approvals").toArray()).rejects.toBeInstanceOf(InvalidResponseError);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("throws InvalidResponseError when the body is not a list", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: "x" }), { headers: { "content-type": "application/json" } }));
    const client = createXerotierClient({ apiKey: "xero_acme_0123456789", project: "proj_1", fetch });
    await expect(client.paginate("/v1/exec/approvals").toArray()).rejects.toThrow(/did not answer with a list/);
  });

  it("answers next() calls made without awaiting in call order, across page boundaries", async () => {
    const { client, queries } = listServer();
    const iterator = client.paginate("/v1/exec/approvals")[Symbol.asyncIterator]();
    const results = await Promise.all(Array.from({ length: 9 }, () => iterator.next()));
    expect(results.map((r) => (r.done ? "done" : r.value.id))).toEqual([...ALL.map((a) => a.id), "done", "done"]);
    expect(queries).toHaveLength(3);
  });

  it("fetches no further page after a for await loop breaks", async () => {
    const { client, fetch } = listServer();
    const ids: string[] = [];
    for await (const approval of client.paginate("/v1/exec/approvals")) {
      ids.push(approval.id);
      if (ids.length === 4) break;
    }
    expect(ids).toEqual(["apr_1", "apr_2", "apr_3", "apr_4"]);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it("hands out no item after return(), not even to a call already waiting for a page", async () => {
    const { client } = listServer();
    const iterator = client.paginate("/v1/exec/approvals")[Symbol.asyncIterator]();
    const waiting = iterator.next();
    await iterator.return!();
    await expect(waiting).resolves.toEqual({ value: undefined, done: true });
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
  });

  it("ends the iteration after a failed page, like an async generator", async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ id: "x" }), { headers: { "content-type": "application/json" } }));
    const client = createXerotierClient({ apiKey: "xero_acme_0123456789", project: "proj_1", fetch });
    const iterator = client.paginate("/v1/exec/approvals")[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toBeInstanceOf(InvalidResponseError);
    await expect(iterator.next()).resolves.toEqual({ value: undefined, done: true });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("rejects invalid maxItems and pageSize", () => {
    const { client } = listServer();
    expect(() => client.paginate("/v1/exec/approvals", {}, { maxItems: -1 })).toThrow(XerotierConfigError);
    expect(() => client.paginate("/v1/exec/approvals", {}, { pageSize: 0 })).toThrow(XerotierConfigError);
  });
});
