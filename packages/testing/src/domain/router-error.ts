/** The envelope `type` of a status, unless the error names its own (5xx: `server_error`, others `invalid_request_error`). */
const TYPES: Record<number, string> = { 401: "authentication_error", 403: "permission_error", 404: "not_found_error", 409: "conflict_error", 429: "rate_limit_error" };

/** An error the router answers with the spec's envelope `{ error: { message, type, code, param } }`: the domain throws it, HTTP renders it. */
export class RouterError extends Error {
  readonly status: number;
  readonly code: string;
  readonly type: string;
  readonly param: string | null;
  /** Extra response headers (e.g. `Retry-After` on 429). */
  readonly headers: Record<string, string>;
  /** Extra envelope fields (e.g. `retry_after`, `retry_strategy` on 429). */
  readonly extra: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    message: string,
    options: { type?: string; param?: string | null; headers?: Record<string, string>; extra?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "RouterError";
    this.status = status;
    this.code = code;
    this.type = options.type ?? TYPES[status] ?? (status >= 500 ? "server_error" : "invalid_request_error");
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }

  /** The JSON envelope body for this error. */
  toEnvelope(): { error: Record<string, unknown> } {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param, ...this.extra } };
  }
}


/** What `map` holds under `id`, or a 404 `<kind>_not_found` naming `<kind>_id`. */
export function found<T>(map: ReadonlyMap<string, T>, kind: string, id: string): T {
  const value = map.get(id);
  if (value === undefined) throw new RouterError(404, `${kind}_not_found`, `No ${kind.replaceAll("_", " ")} with id '${id}'.`, { param: `${kind}_id` });
  return value;
}
