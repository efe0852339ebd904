import { defaultPathSerializer } from "openapi-fetch";
import { InvalidPathParameterError } from "../errors";

const SIMPLE_PARAM = /\{([A-Za-z0-9_-]+)\}/g;

/**
 * Encodes one path parameter value as exactly one URL path segment, or throws
 * {@link InvalidPathParameterError}. `encodeURIComponent` handles `/`, `?`, `#` and `%`; the
 * dot segments `.` and `..` are rejected because URL parsers normalise them (even as `%2E%2E`),
 * which would send the request to a different route.
 *
 * @example
 * ```ts
 * encodePathSegment("approval_id", "a/b"); // "a%2Fb"
 * encodePathSegment("approval_id", ".."); // throws InvalidPathParameterError
 * ```
 */
export function encodePathSegment(name: string, value: unknown): string {
  if (value === undefined || value === null) {
    throw new InvalidPathParameterError(`Missing path parameter \`${name}\`.`, name);
  }
  if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string" && typeof value !== "bigint") {
    throw new InvalidPathParameterError(`Path parameter \`${name}\` must be a string or a finite number.`, name);
  }
  const text = String(value);
  if (text === "") throw new InvalidPathParameterError(`Path parameter \`${name}\` must not be empty.`, name);
  if (text === "." || text === "..") {
    throw new InvalidPathParameterError(
      `Path parameter \`${name}\` must not be "${text}": URL normalisation would turn it into a different route.`,
      name,
    );
  }
  return encodeURIComponent(text);
}

/**
 * openapi-fetch `pathSerializer` that fills every `{name}` with {@link encodePathSegment}; other
 * template styles (`{.name}`, `{;name}`, `{name*}`) are left to openapi-fetch's default.
 */
export function safePathSerializer(pathname: string, pathParams: Record<string, unknown>): string {
  const filled = pathname.replace(SIMPLE_PARAM, (_match, name: string) => encodePathSegment(name, pathParams[name]));
  return filled.includes("{") ? defaultPathSerializer(filled, pathParams) : filled;
}

/**
 * Throws when a templated path is called without `params.path` at all (openapi-fetch would then
 * skip the serializer and send the literal `{name}`).
 */
export function assertPathParamsPresent(schemaPath: string, pathParams: Record<string, unknown> | undefined): void {
  if (pathParams !== undefined) return;
  const missing = /\{([A-Za-z0-9_-]+)\}/.exec(schemaPath);
  if (missing?.[1] !== undefined) {
    throw new InvalidPathParameterError(`Missing path parameter \`${missing[1]}\`.`, missing[1]);
  }
}
