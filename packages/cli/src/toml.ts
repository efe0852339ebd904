import { parse, stringify, TomlError } from "smol-toml";

/**
 * The config file's shape, read and written with smol-toml (a complete TOML 1.0 parser): a
 * top-level `current = "…"` and `[deployment.<name>]` tables of string keys. Valid TOML of
 * another shape (an unknown key, a number where a string belongs) is rejected, naming the key.
 */

/** One named context: where the API is, which project, which key. */
export interface Deployment {
  /** API origin (or the project-scoped form). */
  base_url?: string;
  /** Project id or slug. */
  project?: string;
  /** API key; stored in the 0600 config file, never printed. */
  api_key?: string;
}

/** The parsed config file. */
export interface ConfigFile {
  /** Name of the context used when no `--context` is given. */
  current?: string;
  /** Contexts by name, in file order. */
  deployments: Record<string, Deployment>;
}

const KEYS: ReadonlySet<string> = new Set(["base_url", "project", "api_key"]);

/** Thrown for a config file that is not TOML or not of our shape; `line` is 1-based when known. */
export class ConfigSyntaxError extends Error {
  /** The offending line (1-based), when the TOML parser named one. */
  readonly line: number | undefined;
  /** Creates the error, prefixed with `line N: ` when the line is known. */
  constructor(message: string, line?: number) {
    super(line === undefined ? message : `line ${line}: ${message}`);
    this.name = "ConfigSyntaxError";
    this.line = line;
  }
}

/**
 * Parses the config file's text (any valid TOML: inline tables, literal strings, comments).
 *
 * @example
 * ```ts
 * parseConfig('current = "local"\n[deployment.local]\nproject = "proj_demo"\n');
 * // { current: "local", deployments: { local: { project: "proj_demo" } } }
 * ```
 */
export function parseConfig(text: string): ConfigFile {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) throw new ConfigSyntaxError(error.message.split("\n")[0]!.replace(/^Invalid TOML document: /, ""), error.line);
    throw error;
  }
  const config: ConfigFile = { deployments: {} };
  for (const [key, value] of Object.entries(doc)) {
    if (key === "current") config.current = stringValue("current", value);
    else if (key === "deployment") config.deployments = deployments(value);
    else throw new ConfigSyntaxError(`unknown key '${key}' (expected 'current' and [deployment.<name>] tables)`);
  }
  return config;
}

function deployments(value: unknown): Record<string, Deployment> {
  if (!isTable(value)) throw new ConfigSyntaxError("'deployment' must be a table of [deployment.<name>] tables");
  const out: Record<string, Deployment> = {};
  for (const [name, table] of Object.entries(value)) {
    if (!isTable(table)) throw new ConfigSyntaxError(`deployment '${name}' must be a table`);
    const deployment: Deployment = {};
    for (const [key, field] of Object.entries(table)) {
      if (!KEYS.has(key)) throw new ConfigSyntaxError(`unknown key '${key}' in deployment '${name}' (expected base_url, project, api_key)`);
      deployment[key as keyof Deployment] = stringValue(`deployment.${name}.${key}`, field);
    }
    out[name] = deployment;
  }
  return out;
}

function stringValue(path: string, value: unknown): string {
  if (typeof value !== "string") throw new ConfigSyntaxError(`'${path}' must be a string`);
  return value;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Writes the config as TOML that {@link parseConfig} reads back to the same value. */
export function serializeConfig(config: ConfigFile): string {
  const doc: Record<string, unknown> = {};
  if (config.current !== undefined) doc.current = config.current;
  doc.deployment = config.deployments;
  return `# xeroctl contexts; holds API keys: keep this file private (0600).\n${stringify(doc)}\n`;
}
