import { DEFAULT_BASE_URL } from "@xerotier/api/internal";
import { splitBaseUrl } from "./base-url";
import { UsageError } from "./exit";
import type { ConfigFile, Deployment } from "./toml";

/** Where and as whom to connect, after flags, `--context`, environment and the current context. */
export interface Connection {
  /** API origin without the project or `/v1`. */
  baseUrl: string;
  /** Project id or slug. */
  project: string | undefined;
  /** API key (never printed). */
  apiKey: string | undefined;
  /** Where the key came from (`--api-key`, `XEROTIER_API_KEY`, `context 'prod'`), named on a 401. */
  apiKeySource: string | undefined;
  /** The context the values came from, if any. */
  context: string | undefined;
}

/** The connection flags of the command line. */
export interface ConnectionFlags {
  baseUrl?: string | undefined;
  project?: string | undefined;
  apiKey?: string | undefined;
  /** How the flag-level key was given; default `--api-key`. */
  apiKeySource?: string | undefined;
  context?: string | undefined;
}

interface Layer {
  baseUrl?: string | undefined;
  project?: string | undefined;
  apiKey?: string | undefined;
  source: string;
}

/**
 * Resolves each field from the first source that sets it: flags, then an explicit `--context`,
 * then `XEROTIER_*` environment variables, then the config's current context. A project-scoped
 * base URL (`…/acme-prod/v1`) sets the project of its own source.
 *
 * @example
 * ```ts
 * resolveConnection({ baseUrl: "https://api.xerotier.ai/acme-prod/v1" }, {}, { deployments: {} });
 * // { baseUrl: "https://api.xerotier.ai", project: "acme-prod", apiKey: undefined, context: undefined }
 * ```
 */
export function resolveConnection(flags: ConnectionFlags, env: Record<string, string | undefined>, config: ConfigFile): Connection {
  let explicit: Deployment | undefined;
  if (flags.context !== undefined) {
    explicit = config.deployments[flags.context];
    if (!explicit) throw new UsageError(`unknown context '${flags.context}' (see xeroctl config list)`);
  }
  const currentName = flags.context === undefined ? config.current : undefined;
  const current = currentName === undefined ? undefined : config.deployments[currentName];
  const layers: Layer[] = [
    layer(flags.baseUrl, flags.project, flags.apiKey, flags.apiKeySource ?? "--api-key"),
    ...(explicit ? [layer(explicit.base_url, explicit.project, explicit.api_key, `context '${flags.context}'`)] : []),
    layer(blank(env.XEROTIER_BASE_URL), blank(env.XEROTIER_PROJECT), blank(env.XEROTIER_API_KEY), "XEROTIER_API_KEY"),
    ...(current ? [layer(current.base_url, current.project, current.api_key, `context '${currentName}'`)] : []),
  ];
  const first = <K extends "baseUrl" | "project" | "apiKey">(key: K) => layers.find((l) => l[key] !== undefined)?.[key];
  return {
    baseUrl: first("baseUrl") ?? DEFAULT_BASE_URL,
    project: first("project"),
    apiKey: first("apiKey"),
    apiKeySource: layers.find((l) => l.apiKey !== undefined)?.source,
    context: flags.context ?? (current ? currentName : undefined),
  };
}

function layer(baseUrl: string | undefined, project: string | undefined, apiKey: string | undefined, source: string): Layer {
  if (baseUrl === undefined) return { project, apiKey, source };
  const split = splitBaseUrl(baseUrl);
  if (split.project !== undefined && project !== undefined && split.project !== project) {
    throw new UsageError(`${source.startsWith("--") ? "--base-url" : source === "XEROTIER_API_KEY" ? "XEROTIER_BASE_URL" : source} names project '${split.project}' but the project is '${project}'`);
  }
  return { baseUrl: split.baseUrl, project: project ?? split.project, apiKey, source };
}

function blank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
