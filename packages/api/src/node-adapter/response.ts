import type { ServerResponse } from "node:http";

/** Resolves once `res` can take more data, or has closed. */
function writable(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Head of `response` as Node header pairs; every `Set-Cookie` kept separately. */
function headPairs(response: Response): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [name, value] of response.headers) if (name !== "set-cookie") pairs.push([name, value]);
  for (const cookie of response.headers.getSetCookie()) pairs.push(["set-cookie", cookie]);
  return pairs;
}

/**
 * Writes `response` to `res`: status, headers, then the body chunk by chunk as it is produced,
 * waiting for the socket to drain. Resolves when done; rejects when the body stream fails (the
 * caller then destroys the connection, as the response is already half sent).
 */
export async function writeResponse(response: Response, res: ServerResponse, headOnly: boolean): Promise<void> {
  res.writeHead(response.status, response.statusText || undefined, headPairs(response).flat());
  if (!response.body || headOnly) {
    await response.body?.cancel().catch(() => undefined);
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const stop = () => void reader.cancel().catch(() => undefined);
  res.once("close", stop); // the client went away: stop producing
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (res.destroyed) return;
      if (!res.write(value)) await writable(res);
    }
    res.end();
  } finally {
    res.off("close", stop);
  }
}
