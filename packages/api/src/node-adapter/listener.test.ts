// toNodeListener as a specification: a fetch-style handler served by a real node:http server on
// 127.0.0.1, driven by real HTTP clients. No timing: every "later" is a promise the test resolves.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { XerotierConfigError } from "../errors";
import { toNodeListener, type FetchHandler, type NodeListenerOptions } from "../node";

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: FetchHandler, options?: NodeListenerOptions): Promise<string> {
  server = createServer(toNodeListener(handler, options));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A raw POST with a chunked body (no Content-Length), so only the stream bound can catch it. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "content-type": "application/json" } }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("toNodeListener", () => {
  it("passes method, path, query, every header and the body in; status, headers (each Set-Cookie) and body out", async () => {
    const seen: Array<{ method: string; url: string; auth: string | null; multi: string | null; body: string }> = [];
    const url = await serve(async (request) => {
      seen.push({ method: request.method, url: new URL(request.url).pathname + new URL(request.url).search, auth: request.headers.get("authorization"), multi: request.headers.get("x-multi"), body: await request.text() });
      const headers = new Headers({ "content-type": "application/json", "x-answer": "42" });
      headers.append("set-cookie", "a=1");
      headers.append("set-cookie", "b=2");
      return new Response(JSON.stringify({ ok: true }), { status: 201, headers });
    });
    const headers = new Headers({ authorization: "Bearer t0ken", "content-type": "application/json" });
    headers.append("x-multi", "one");
    headers.append("x-multi", "two");
    const response = await fetch(`${url}/alerts?x=1&y=2`, { method: "POST", headers, body: '{"hello":"world"}' });
    expect(response.status).toBe(201);
    expect(response.headers.get("x-answer")).toBe("42");
    expect(response.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await response.json()).toEqual({ ok: true });
    expect(seen).toEqual([{ method: "POST", url: "/alerts?x=1&y=2", auth: "Bearer t0ken", multi: "one, two", body: '{"hello":"world"}' }]);
  });

  it("streams the response body: the client reads the first chunk before the handler produces the second", async () => {
    const second = deferred();
    const url = await serve(() => {
      const encoder = new TextEncoder();
      const body = new ReadableStream<Uint8Array>({
        async start(controller) {
          controller.enqueue(encoder.encode("first\n"));
          await second.promise;
          controller.enqueue(encoder.encode("second\n"));
          controller.close();
        },
      });
      return new Response(body, { headers: { "content-type": "text/event-stream" } });
    });
    const response = await fetch(url);
    const reader = response.body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("first\n");
    second.resolve();
    expect(new TextDecoder().decode((await reader.read()).value)).toBe("second\n");
    expect((await reader.read()).done).toBe(true);
  });

  it("refuses a declared body over maxBodyBytes with 413 without calling the handler", async () => {
    let called = 0;
    const url = await serve(() => {
      called += 1;
      return new Response("ok");
    }, { maxBodyBytes: 16 });
    const response = await fetch(url, { method: "POST", body: "x".repeat(17) });
    expect(response.status).toBe(413);
    expect(called).toBe(0);
    expect((await fetch(url, { method: "POST", body: "x".repeat(16) })).status).toBe(200);
  });

  it("answers 413 to a chunked body that grows past the bound, whatever the handler returns", async () => {
    const handlerSaw: string[] = [];
    const url = await serve(async (request) => {
      try {
        await request.text();
        handlerSaw.push("read");
      } catch {
        handlerSaw.push("the body failed");
      }
      return new Response("handled", { status: 200 });
    }, { maxBodyBytes: 32 });
    const answer = await postChunked(url, ["x".repeat(20), "y".repeat(20)]);
    expect(answer).toEqual({ status: 413, body: "request body too large" });
    expect(handlerSaw).toEqual(["the body failed"]);
  });

  it("aborts request.signal when the client disconnects", async () => {
    const aborted = deferred<string>();
    const started = deferred();
    const url = await serve((request) => {
      request.signal.addEventListener("abort", () => aborted.resolve(String((request.signal.reason as Error).message)));
      started.resolve();
      return new Promise<Response>(() => undefined); // never answers on its own
    });
    const client = new AbortController();
    const pending = fetch(url, { signal: client.signal }).catch(() => "client gave up");
    await started.promise;
    client.abort();
    expect(await pending).toBe("client gave up");
    expect(await aborted.promise).toBe("the client disconnected");
  });

  it("answers a throwing handler with a bare 500 and tells onError, never the client, what failed", async () => {
    const errors: unknown[] = [];
    const url = await serve(() => {
      throw new Error("database password is hunter2");
    }, { onError: (e) => errors.push(e) });
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.text()).toBe("internal error");
    expect((errors[0] as Error).message).toBe("database password is hunter2");
  });

  it("cuts the connection when the response body fails half-way, so the client cannot take it for complete", async () => {
    const errors: unknown[] = [];
    const url = await serve(() => {
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(new TextEncoder().encode("partial"));
          controller.error(new Error("upstream broke"));
        },
      });
      return new Response(body);
    }, { onError: (e) => errors.push(e) });
    await expect(fetch(url).then((response) => response.text())).rejects.toThrow();
    expect((errors[0] as Error).message).toBe("upstream broke");
  });

  it("refuses an absolute-form request target (a client never chooses the origin)", async () => {
    let called = 0;
    const url = await serve(() => {
      called += 1;
      return new Response("ok");
    });
    const { port } = new URL(url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, path: "http://evil.example/steal", method: "GET" }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.end();
    });
    expect(status).toBe(400);
    expect(called).toBe(0);
  });

  it("refuses a maxBodyBytes that would switch the bound off", () => {
    for (const bad of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, 2 ** 31]) {
      expect(() => toNodeListener(() => new Response(), { maxBodyBytes: bad }), String(bad)).toThrow(XerotierConfigError);
    }
  });
});
