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
    this.type = options.type ?? defaultType(status);
    this.param = options.param ?? null;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }

  /** The JSON envelope body for this error. */
  toEnvelope(): { error: Record<string, unknown> } {
    return { error: { message: this.message, type: this.type, code: this.code, param: this.param, ...this.extra } };
  }
}

function defaultType(status: number): string {
  if (status === 401) return "authentication_error";
  if (status === 403) return "permission_error";
  if (status === 404) return "not_found_error";
  if (status === 409) return "conflict_error";
  if (status === 429) return "rate_limit_error";
  if (status >= 500) return "server_error";
  return "invalid_request_error";
}

/** Shorthand for a 404 with a `<kind>_not_found` code. */
export function notFound(kind: string, id: string): RouterError {
  return new RouterError(404, `${kind}_not_found`, `No ${kind.replaceAll("_", " ")} with id '${id}'.`, { param: `${kind}_id` });
}
