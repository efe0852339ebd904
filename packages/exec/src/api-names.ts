/**
 * The exec helpers' results (incident exports, output views) use camelCase; API resources use
 * snake_case. For output in the API's own names everywhere (`xeroctl -o json`), helper objects are
 * renamed, while API resources and user data inside them (tool arguments, event data) are kept
 * exactly as the server sent them.
 */
const KEEP_AS_IS: ReadonlySet<string> = new Set(["invocation", "approvals", "arguments", "tool_call", "manifest", "data", "artifacts"]);

/**
 * Renames the camelCase keys of an exec helper result to snake_case, recursively; API resources
 * and user data inside it (`invocation`, `approvals`, `arguments`, `tool_call`, `manifest`,
 * `data`, `artifacts`) are kept exactly as the server sent them.
 *
 * @example
 * ```ts
 * toApiNames({ exitCode: 0, invocation: { exit_code: 0 } }); // { exit_code: 0, invocation: { exit_code: 0 } }
 * ```
 */
export function toApiNames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toApiNames);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      const name = key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
      return [name, KEEP_AS_IS.has(name) ? inner : toApiNames(inner)];
    }),
  );
}
