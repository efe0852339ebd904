// Listens on 127.0.0.1 with node:http and serves a fetch-style handler through the SDK's adapter
// (`toNodeListener`: bounded body, abort on disconnect, streamed answer). Bun and Deno can pass
// the handler to their own servers instead.
import { toNodeListener } from "@xerotier/api/node";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A listening server and how to stop it. */
export interface ServedHandler {
  /** e.g. `http://127.0.0.1:9095`. */
  url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Listens on `host:port` (default 127.0.0.1, any free port) and answers every request with `handler`. */
export async function serveHandler(handler: (request: Request) => Promise<Response>, port = 0, host = "127.0.0.1"): Promise<ServedHandler> {
  const server = createServer(toNodeListener(handler, { onError: (error) => console.error("alert responder:", error) }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
