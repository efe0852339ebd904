import type { IncomingMessage } from "node:http";

/** How the request's body is passed on: bounded, and whether the bound was crossed. */
export interface BoundedBody {
  /** The body as a stream that errors once more than the bound has arrived. */
  stream: ReadableStream<Uint8Array>;
  /** True once the body went over the bound (the rest is not read). */
  readonly overLimit: boolean;
}

/** The body of `req` as a web stream, with backpressure, that stops at `maxBytes`. */
function boundedBody(req: IncomingMessage, maxBytes: number): BoundedBody {
  let size = 0;
  let overLimit = false;
  let finished = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const fail = (error: unknown) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      };
      req.on("data", (chunk: Buffer) => {
        if (finished) return;
        size += chunk.byteLength;
        if (size > maxBytes) {
          overLimit = true;
          req.pause(); // read no further; the listener answers 413 and closes the connection
          fail(new RangeError(`request body over ${maxBytes} bytes`));
          return;
        }
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) req.pause();
      });
      req.on("end", () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      req.on("error", fail);
    },
    pull() {
      if (!finished) req.resume();
    },
    cancel() {
      finished = true;
      req.pause();
    },
  });
  return {
    stream,
    get overLimit() {
      return overLimit;
    },
  };
}

/** A fetch `Request` for a Node request, its body bounded; `undefined` for a target that is not a path. */
export function toFetchRequest(req: IncomingMessage, maxBytes: number, signal: AbortSignal): { request: Request; body?: BoundedBody } | undefined {
  const target = req.url ?? "/";
  if (!target.startsWith("/")) return undefined; // absolute-form or `*`: never let a client choose the origin
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? "https" : "http";
  let url: URL;
  try {
    url = new URL(target, `${protocol}://${req.headers.host ?? "localhost"}`);
  } catch {
    url = new URL(target, `${protocol}://localhost`);
  }
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const method = req.method ?? "GET";
  if (method === "GET" || method === "HEAD") return { request: new Request(url, { method, headers, signal }) };
  const body = boundedBody(req, maxBytes);
  const init: RequestInit & { duplex: "half" } = { method, headers, signal, body: body.stream, duplex: "half" };
  return { request: new Request(url, init), body };
}
