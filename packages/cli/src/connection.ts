import { XerotierConfigError } from "@xerotier/api";
import { resolveEndpoint, type EndpointSource, type ResolvedEndpoint } from "@xerotier/api/internal";
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

/**
 * Resolves each field from the first source that sets it: flags, then an explicit `--context`,
 * then `XEROTIER_*` environment variables, then the config's current context. The base URL and
 * project follow the SDK's rule (`resolveEndpoint` of `@xerotier/api/internal`): a project-scoped
 * base URL (`…/proj_demo`, `…/acme-prod/v1`) gives the project, and one that disagrees with a
 * given project is a usage error naming both.
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
    { baseUrl: flags.baseUrl, project: flags.project, apiKey: flags.apiKey, source: flags.apiKeySource ?? "--api-key", baseUrlName: "--base-url", projectName: "--project" },
    ...(explicit ? [contextLayer(flags.context!, explicit)] : []),
    {
      baseUrl: blank(env.XEROTIER_BASE_URL),
      project: blank(env.XEROTIER_PROJECT),
      apiKey: blank(env.XEROTIER_API_KEY),
      source: "XEROTIER_API_KEY",
      baseUrlName: "XEROTIER_BASE_URL",
      projectName: "XEROTIER_PROJECT",
    },
    ...(current ? [contextLayer(currentName!, current)] : []),
  ];
  const keyLayer = layers.find((l) => l.apiKey !== undefined);
  return {
    ...endpoint(layers),
    apiKey: keyLayer?.apiKey,
    apiKeySource: keyLayer?.source,
    context: flags.context ?? (current ? currentName : undefined),
  };
}

interface Layer extends EndpointSource {
  apiKey?: string | undefined;
  /** Where the key came from, named on a 401. */
  source: string;
}

function contextLayer(name: string, deployment: Deployment): Layer {
  const where = `context '${name}'`;
  return { baseUrl: deployment.base_url, project: deployment.project, apiKey: deployment.api_key, source: where, baseUrlName: `the base URL of ${where}`, projectName: `the project of ${where}` };
}

/**
 * The base URL and project of `sources` by the SDK's rule; its configuration errors (a bad URL,
 * conflicting projects) are usage errors here.
 */
export function endpoint(sources: readonly EndpointSource[], command?: string): ResolvedEndpoint {
  try {
    return resolveEndpoint(sources);
  } catch (error) {
    if (error instanceof XerotierConfigError) throw new UsageError(error.message, command);
    throw error;
  }
}

function blank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
