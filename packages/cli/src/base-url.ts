import { UsageError } from "./exit";

/** A base URL split into the API origin (plus any proxy prefix) and the project it named, if any. */
export interface SplitBaseUrl {
  /** Origin and path prefix, without a trailing slash and without the project or `/v1`. */
  baseUrl: string;
  /** The project segment, when the URL was the documented project-scoped form. */
  project?: string;
}

/**
 * Accepts both the documented project-scoped form (`https://api.xerotier.ai/acme-prod/v1`) and
 * a plain origin (`https://api.xerotier.ai`, project given separately). A URL ending in `/v1`
 * names its project in the segment before it; anything else is kept whole as the origin.
 *
 * @example
 * ```ts
 * splitBaseUrl("https://api.xerotier.ai/acme-prod/v1"); // { baseUrl: "https://api.xerotier.ai", project: "acme-prod" }
 * splitBaseUrl("http://127.0.0.1:4010");                // { baseUrl: "http://127.0.0.1:4010" }
 * ```
 */
export function splitBaseUrl(value: string): SplitBaseUrl {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new UsageError("the base URL is not an absolute URL (expected e.g. https://api.xerotier.ai/acme-prod/v1)");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UsageError("the base URL must start with http:// or https://");
  if (url.username || url.password || url.search || url.hash) {
    // Never echo the value: it may carry credentials.
    throw new UsageError("the base URL must not contain credentials, a query or a fragment");
  }
  const segments = url.pathname.split("/").filter((s) => s !== "");
  if (segments.at(-1) === "v1") {
    segments.pop();
    const project = segments.length > 0 ? decodeURIComponent(segments.pop()!) : undefined;
    return { baseUrl: join(url.origin, segments), ...(project ? { project } : {}) };
  }
  return { baseUrl: join(url.origin, segments) };
}

function join(origin: string, segments: string[]): string {
  return segments.length === 0 ? origin : `${origin}/${segments.join("/")}`;
}
