import type { IncomingMessage, ServerResponse } from "node:http";
import { XerotierConfigError } from "../errors";
import { toFetchRequest } from "./request";
import { writeResponse } from "./response";

/** A fetch-style request handler, as the SDK's bots export them (`responder.handle`, `slackInteractivityHandler(…)`). */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/** A `node:http` request listener (`createServer(listener)`). */
export type NodeRequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Largest request body passed to the handler, in bytes (an integer from 0 to 1 GiB). A larger
   * declared `Content-Length` is answered 413 without calling the handler; a body that grows past
   * it is not read further, and the answer is 413 whatever the handler returns. Default 1 MiB.
   */
  maxBodyBytes?: number;
  /**
   * Told about a handler that threw or a response body that failed. The client only ever gets a
   * bare `500 internal error` (or a cut connection once the response had started): never the message.
   */
  onError?: (error: unknown) => void;
}

const MAX_BODY_LIMIT = 1024 ** 3;

function bodyLimit(value: number | undefined): number {
  if (value === undefined) return 1_048_576;
  if (!Number.isInteger(value) || value < 0 || value > MAX_BODY_LIMIT) {
    throw new XerotierConfigError(`toNodeListener: maxBodyBytes must be an integer from 0 to ${MAX_BODY_LIMIT}; got ${String(value)}.`);
  }
  return value;
}

function plain(res: ServerResponse, status: number, text: string, close = false): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...(close ? { connection: "close" } : {}) });
  res.end(text);
}

/**
 * Serves a fetch-style handler `(Request) => Promise<Response>` with `node:http`: the one adapter
 * for the SDK's HTTP handlers (the alert responder, Slack interactivity) on Node. It copies the
 * method, URL (path and query from the request line; absolute-form targets are refused with 400)
 * and every header in, bounds the body (`maxBodyBytes`), aborts `request.signal` when the client
 * disconnects, and copies the status, every header (each `Set-Cookie` separately) and the body
 * out as it streams, with backpressure. A handler that throws gets a bare 500: error messages
 * stay on the server (`onError`).
 *
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { toNodeListener } from "@xerotier/api/node";
 *
 * createServer(toNodeListener(responder.handle)).listen(9095, "127.0.0.1");
 * ```
 */
export function toNodeListener(handler: FetchHandler, options: NodeListenerOptions = {}): NodeRequestListener {
  const maxBytes = bodyLimit(options.maxBodyBytes);
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // A failing reporter must not take the server down.
    }
  };
  return (req, res) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) return plain(res, 413, "request body too large", true);
    const disconnected = new AbortController();
    res.once("close", () => {
      if (!res.writableFinished) disconnected.abort(new Error("the client disconnected"));
    });
    const converted = toFetchRequest(req, maxBytes, disconnected.signal);
    if (!converted) return plain(res, 400, "bad request target", true);
    void (async () => {
      let response: Response;
      try {
        response = await handler(converted.request);
      } catch (error) {
        if (converted.body?.overLimit) return plain(res, 413, "request body too large", true);
        report(error);
        return plain(res, 500, "internal error");
      }
      if (converted.body?.overLimit) {
        await response.body?.cancel().catch(() => undefined);
        return plain(res, 413, "request body too large", true);
      }
      try {
        await writeResponse(response, res, req.method === "HEAD");
      } catch (error) {
        report(error);
        res.destroy(); // half a response was sent: cut it rather than end it as if complete
      }
    })();
  };
}
