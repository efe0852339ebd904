// Serves a fetch-style handler `(Request) => Promise<Response>` with node:http, bodies streamed
// through (the handler bounds them). Bun and Deno can pass the handler to their own servers.
import { createServer, type IncomingMessage, type Server } from "node:http";
import { Readable } from "node:stream";
import type { AddressInfo } from "node:net";

/** A listening server and how to stop it. */
export interface ServedHandler {
  /** e.g. `http://127.0.0.1:9095`. */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = { method: req.method ?? "GET", headers };
  if (hasBody) {
    init.body = Readable.toWeb(req) as ReadableStream<Uint8Array>;
    init.duplex = "half";
  }
  return new Request(new URL(req.url ?? "/", origin), init);
}

/** Listens on `host:port` (default 127.0.0.1, any free port) and answers every request with `handler`. */
export async function serveHandler(handler: (request: Request) => Promise<Response>, port = 0, host = "127.0.0.1"): Promise<ServedHandler> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      try {
        const response = await handler(toRequest(req, `http://${host}`));
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      } catch (error) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(error instanceof Error ? error.message : "internal error");
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
