import { readFile } from "node:fs/promises";
import { EXIT, UsageError } from "../exit";
import { readProcessStdin } from "../stdin";
import type { Command, CommandContext } from "../command";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const NAME = "api";

function fields(ctx: CommandContext): Array<[string, string]> {
  const raw = ctx.values.field;
  const list = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
  return list.map((pair) => {
    const at = pair.indexOf("=");
    if (at <= 0) throw new UsageError("-f takes key=value", NAME);
    return [pair.slice(0, at), pair.slice(at + 1)];
  });
}

async function body(ctx: CommandContext, pairs: Array<[string, string]>): Promise<string | undefined> {
  const input = typeof ctx.values.input === "string" ? ctx.values.input : undefined;
  if (input === undefined) return pairs.length > 0 ? JSON.stringify(Object.fromEntries(pairs)) : undefined;
  if (pairs.length > 0) throw new UsageError("use either -f fields or --input, not both", NAME);
  const text = input === "-" ? await (ctx.io.readStdin ?? readProcessStdin)() : await readFile(input, "utf8").catch(() => {
    throw new UsageError(`cannot read --input file ${input}`, NAME);
  });
  try {
    JSON.parse(text);
  } catch {
    throw new UsageError("--input must hold a JSON document", NAME);
  }
  return text;
}

/** `xeroctl api <METHOD> <PATH> [-f key=value]… [--input FILE]`: any API operation, through the client. */
export const api: Command = {
  words: ["api"],
  usage: "api <METHOD> <PATH> [-f key=value]... [--input <file>|-]",
  summary:
    "Call any API operation with the configured auth, retries and typed errors (for what has no command yet). " +
    "-f adds query parameters to GET and DELETE, JSON body fields (as strings) otherwise; --input sends a JSON file (- for stdin). Prints the response body.",
  flagHelp: ["-f, --field <key=value>   a query parameter or body field (repeatable)", "--input <file>            JSON request body from a file, or - for stdin"],
  examples: [
    "xeroctl api GET /v1/exec/approvals -f workspace_id=ws_kube_prod -f status=pending",
    "xeroctl api POST /v1/exec/approvals/de3a0000-0000-4000-8000-000000000001/approve -f note=CHG-1043",
    "xeroctl api GET /v1/management/agents | jq '.data[].id'",
  ],
  options: { field: { type: "string", short: "f", multiple: true }, input: { type: "string" } },
  positionals: ["METHOD", "PATH"],
  async run(ctx) {
    const method = ctx.args[0]!.toUpperCase();
    if (!(METHODS as readonly string[]).includes(method)) throw new UsageError(`METHOD must be one of ${METHODS.join(", ")}`, NAME);
    const rawPath = ctx.args[1]!;
    if (/^[a-z]+:/i.test(rawPath)) throw new UsageError("PATH is a path under the project (e.g. /v1/exec/approvals), not a URL", NAME);
    const path = rawPath.startsWith("/") ? rawPath : `/${rawPath}`;
    const pairs = fields(ctx);
    const inQuery = method === "GET" || method === "DELETE";
    const query = inQuery && pairs.length > 0 ? `${path.includes("?") ? "&" : "?"}${new URLSearchParams(pairs).toString()}` : "";
    const payload = inQuery ? undefined : await body(ctx, pairs);
    const response = await ctx.client().fetch(`${path}${query}`, {
      method,
      signal: ctx.signal,
      ...(payload !== undefined ? { body: payload, headers: { "content-type": "application/json" } } : {}),
    });
    const text = await response.text();
    if (text === "") return EXIT.ok;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      ctx.io.stdout(text.endsWith("\n") ? text : `${text}\n`);
      return EXIT.ok;
    }
    ctx.out.json(parsed);
    return EXIT.ok;
  },
};
