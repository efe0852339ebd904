import { XerotierConfigError } from "../errors";

/** Where the API lives when no base URL is given anywhere. */
export const DEFAULT_BASE_URL = "https://api.xerotier.ai";

/** A base URL split into the API origin (plus any proxy prefix) and the project it names, if any. */
export interface SplitBaseUrl {
  /** Origin and path prefix, without the project, `/v1` or a trailing slash. */
  baseUrl: string;
  /** The project the URL names, when it names one. */
  project?: string;
}

// A project external id (`proj_abc123`): the only last segment taken as a project without `/v1`.
const PROJECT_ID = /^proj_[A-Za-z0-9_-]+$/;

/**
 * Splits a base URL into origin and project. One rule, shared by the SDK and `xeroctl`:
 * - a path ending in `/v1` names its project in the segment before (`…/acme-prod/v1`);
 * - otherwise a last segment that is a project id names it (`…/proj_demo`, the router's banner);
 * - anything else is an origin, with any path kept as a proxy prefix.
 *
 * Throws {@link XerotierConfigError} (naming `name`, never echoing the value, which may carry
 * credentials) for a URL that is not absolute http(s), or has credentials, a query or a fragment.
 *
 * @example
 * ```ts
 * splitBaseUrl("http://127.0.0.1:4010/proj_demo");       // { baseUrl: "http://127.0.0.1:4010", project: "proj_demo" }
 * splitBaseUrl("https://api.xerotier.ai/acme-prod/v1");  // { baseUrl: "https://api.xerotier.ai", project: "acme-prod" }
 * splitBaseUrl("https://gw.example.com/xerotier");       // { baseUrl: "https://gw.example.com/xerotier" }
 * ```
 */
export function splitBaseUrl(value: string, name = "the base URL"): SplitBaseUrl {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new XerotierConfigError(`Invalid base URL: ${name} must be an absolute http(s) URL, e.g. https://api.xerotier.ai/proj_abc123.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new XerotierConfigError(`Invalid base URL: ${name} must not contain credentials, a query or a fragment.`);
  }
  const segments = url.pathname.split("/").filter((s) => s !== "");
  let project: string | undefined;
  if (segments.at(-1) === "v1") {
    segments.pop();
    project = segments.pop();
  } else if (PROJECT_ID.test(segments.at(-1) ?? "")) {
    project = segments.pop();
  }
  const baseUrl = segments.length === 0 ? url.origin : `${url.origin}/${segments.join("/")}`;
  return project === undefined ? { baseUrl } : { baseUrl, project: decodeSegment(project, name) };
}

function decodeSegment(segment: string, name: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new XerotierConfigError(`Invalid base URL: the project segment of ${name} is not valid percent-encoding.`);
  }
}

/** One place a base URL and a project may come from, with the names to quote in errors. */
export interface EndpointSource {
  baseUrl?: string | undefined;
  project?: string | undefined;
  /** How the base URL is named in messages, e.g. "`baseUrl`", "XEROTIER_BASE_URL", "--base-url". */
  baseUrlName: string;
  /** How the project is named in messages, e.g. "`project`", "XEROTIER_PROJECT", "--project". */
  projectName: string;
}

/** The base URL and project to use; `project` is undefined when no source gives one. */
export interface ResolvedEndpoint {
  /** API origin (and proxy prefix) without the project, no trailing slash. */
  baseUrl: string;
  project: string | undefined;
}

/**
 * Picks the base URL and the project from `sources`, first source first (options before the
 * environment; the CLI's flags, context, environment, current context). The base URL in use
 * supplies the project when no source at its level or above gives one; when a project is given
 * too, both must agree, else a {@link XerotierConfigError} names both values and their sources.
 *
 * @example
 * ```ts
 * resolveEndpoint([{ baseUrl: "http://127.0.0.1:4010/proj_demo", baseUrlName: "`baseUrl`", projectName: "`project`" }]);
 * // { baseUrl: "http://127.0.0.1:4010", project: "proj_demo" }
 * ```
 */
export function resolveEndpoint(sources: readonly EndpointSource[]): ResolvedEndpoint {
  const urlAt = sources.findIndex((s) => s.baseUrl !== undefined);
  const url = urlAt === -1 ? { baseUrl: DEFAULT_BASE_URL } : splitBaseUrl(sources[urlAt]!.baseUrl!, sources[urlAt]!.baseUrlName);
  let project: { value: string; name: string } | undefined;
  for (const [i, source] of sources.entries()) {
    if (source.project !== undefined) project = { value: source.project, name: source.projectName };
    else if (i === urlAt && url.project !== undefined) project = { value: url.project, name: source.baseUrlName };
    if (project) break;
  }
  if (url.project !== undefined && project !== undefined && project.value !== url.project) {
    const urlName = sources[urlAt]!.baseUrlName;
    throw new XerotierConfigError(`Conflicting projects: ${urlName} names project "${url.project}" but ${project.name} is "${project.value}"; give the project once.`);
  }
  return { baseUrl: url.baseUrl, project: project?.value };
}
