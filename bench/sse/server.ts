// A bare SSE server on 127.0.0.1 for the HTTP half of the stream bench: every GET gets the same
// pre-encoded chunks, written as fast as the socket takes them (honouring backpressure), then the
// response ends; the list of approvals a watch reads at its start gets an empty page. Run as a child process so the server does not share the client's thread.
import { createServer, type ServerResponse } from "node:http";
import { buildChunks, EMPTY_LIST, isApprovalList } from "./fixture";

const events = Number(process.argv[2] ?? "100000");
const chunks = buildChunks(events);

const server = createServer(async (request, response) => {
  if (isApprovalList(request.url ?? "")) {
    response.writeHead(200, { "content-type": "application/json" }).end(EMPTY_LIST);
    request.resume();
    return;
  }
  response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" });
  let closed = false;
  response.on("close", () => (closed = true));
  for (const chunk of chunks) {
    if (closed) return;
    if (!response.write(chunk)) await drainedOrClosed(response);
  }
  response.end();
  request.resume();
});
/** Resolves once the socket takes more data or the client went away; leaves no listener behind. */
function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("SIGTERM", () => process.exit(0));
