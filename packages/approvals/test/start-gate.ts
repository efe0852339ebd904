/**
 * A server that is not there yet: a fixed 127.0.0.1 port that first refuses connections (nothing
 * listens), then answers every request with 503 (a deploy, a proxy without its upstream), then
 * serves the real handler. Drives the "started while the API was down" cases.
 */
import { createServer, request as httpRequest, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A gate in front of a handler; it starts refusing connections. */
export interface StartGate {
  /** `http://127.0.0.1:<port>`; connections are refused until {@link StartGate.unavailable}. */
  readonly url: string;
  /** 503 answers given so far. */
  readonly unavailableAnswers: number;
  /** Listens, answering every request with a 503 error envelope. */
  unavailable(): Promise<void>;
  /** Serves the handler from now on. */
  open(): void;
  close(): Promise<void>;
}

/** A free port: bound once and released, so that connecting to it is refused until the gate listens. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Creates the gate (refusing) in front of `handler`. */
export async function startGate(handler: RequestListener): Promise<StartGate> {
  const port = await freePort();
  let mode: "unavailable" | "open" = "unavailable";
  let unavailableAnswers = 0;
  let server: Server | undefined;
  const serve = (req: IncomingMessage, res: ServerResponse) => {
    if (mode === "open") return handler(req, res);
    unavailableAnswers += 1;
    req.resume();
    res.writeHead(503, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { message: "upstream unavailable", type: "api_error", code: "backend_unavailable", param: null } }));
  };
  return {
    url: `http://127.0.0.1:${port}`,
    get unavailableAnswers() {
      return unavailableAnswers;
    },
    async unavailable() {
      server = createServer(serve);
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    },
    open() {
      mode = "open";
    },
    async close() {
      if (!server) return;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server!.close(() => resolve()));
    },
  };
}

/** A handler forwarding every request to `origin` (the reference router), streaming both ways. */
export function proxyTo(origin: string): RequestListener {
  const target = new URL(origin);
  return (req, res) => {
    const upstream = httpRequest(
      { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  };
}
