import { createAgents } from "@xerotier/agents";
import { APIConnectionError, AuthenticationError, PermissionDeniedError, XerotierError } from "@xerotier/api";
import { EXIT } from "../exit";
import { cell } from "../format";
import type { Command } from "../command";

function brief(error: unknown): string {
  if (!(error instanceof XerotierError)) return error instanceof Error ? error.message : String(error);
  // Only an id from a response is the server's; without one (a connection error) it is ours.
  return `${error.code ?? error.name}: ${error.message}${error.requestId && error.status !== undefined ? ` (request id ${error.requestId})` : ""}`;
}

/** `xeroctl status`: is the router reachable, and does it accept the key? */
export const status: Command = {
  words: ["status"],
  usage: "status",
  summary: "Check that the router is reachable (GET /healthz) and accepts the API key (an authenticated read).",
  examples: ["xeroctl status", "xeroctl status -o json"],
  async run(ctx) {
    const connection = ctx.connection();
    // One attempt each: status answers "right now", it does not wait out an outage.
    const client = ctx.client({ maxRetries: 0 });
    let reachable = true;
    let health: string;
    try {
      // Liveness lives at the host root, outside the project (the reference router answers both).
      const response = await client.fetch(new URL("healthz", `${connection.baseUrl}/`).href, { signal: ctx.signal });
      health = `ok (HTTP ${response.status})`;
      await response.body?.cancel();
    } catch (error) {
      reachable = !(error instanceof APIConnectionError);
      health = `${reachable ? "unhealthy" : "unreachable"}: ${brief(error)}`;
    }
    let auth = "not checked";
    let authOk = false;
    if (reachable) {
      try {
        for await (const _agent of createAgents(client).list()) break;
        auth = "ok (key accepted)";
        authOk = true;
      } catch (error) {
        if (error instanceof AuthenticationError) auth = `rejected: ${brief(error)}`;
        else if (error instanceof PermissionDeniedError) auth = `key accepted, but it may not read agents: ${brief(error)}`;
        else auth = `failed: ${brief(error)}`;
      }
    }
    const ok = reachable && health.startsWith("ok") && authOk;
    if (ctx.out.format === "json") {
      ctx.out.json({ ok, context: connection.context ?? null, base_url: connection.baseUrl, project: connection.project ?? null, router: health, auth });
    } else {
      ctx.out.fields([
        ["Context", cell(connection.context)],
        ["Base URL", connection.baseUrl],
        ["Project", cell(connection.project)],
        ["Router", health],
        ["Auth", auth],
      ]);
    }
    return ok ? EXIT.ok : EXIT.apiError;
  },
};
