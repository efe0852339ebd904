/**
 * A reader and writer for the one TOML shape `xeroctl` uses: a top-level `current = "…"` and
 * `[deployment.<name>]` tables of string keys. Not a general TOML parser: anything else is
 * rejected with the line number, never silently dropped.
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

const BARE_KEY = /^[A-Za-z0-9_-]+$/;
const KEYS: ReadonlySet<string> = new Set(["base_url", "project", "api_key"]);

/** Thrown for a config file this reader does not understand; `line` is 1-based. */
export class ConfigSyntaxError extends Error {
  /** The offending line (1-based). */
  readonly line: number;
  /** Creates the error for `line`. */
  constructor(message: string, line: number) {
    super(`line ${line}: ${message}`);
    this.name = "ConfigSyntaxError";
    this.line = line;
  }
}

/**
 * Parses the config file text.
 *
 * @example
 * ```ts
 * parseConfig('current = "local"\n[deployment.local]\nbase_url = "http://127.0.0.1:4010"\n');
 * ```
 */
export function parseConfig(text: string): ConfigFile {
  const config: ConfigFile = { deployments: Object.create(null) as Record<string, Deployment> };
  let table: Deployment | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = stripComment(raw).trim();
    if (content === "") return;
    const header = /^\[\s*deployment\.(.+?)\s*\]$/.exec(content);
    if (header) {
      const name = parseKey(header[1]!, line);
      table = config.deployments[name] ?? (config.deployments[name] = {});
      return;
    }
    if (content.startsWith("[")) throw new ConfigSyntaxError(`unsupported table ${content} (only [deployment.<name>])`, line);
    const eq = content.indexOf("=");
    if (eq < 0) throw new ConfigSyntaxError("expected key = \"value\"", line);
    const key = parseKey(content.slice(0, eq).trim(), line);
    const value = parseString(content.slice(eq + 1).trim(), line);
    if (!table) {
      if (key !== "current") throw new ConfigSyntaxError(`unknown top-level key '${key}'`, line);
      config.current = value;
    } else {
      if (!KEYS.has(key)) throw new ConfigSyntaxError(`unknown key '${key}' (expected base_url, project or api_key)`, line);
      table[key as keyof Deployment] = value;
    }
  });
  return config;
}

/** Writes the config back as TOML, `current` first, then one table per context. */
export function serializeConfig(config: ConfigFile): string {
  const out: string[] = ["# xeroctl contexts; managed by `xeroctl config add|use`. Contains API keys: keep it 0600.", ""];
  if (config.current !== undefined) out.push(`current = ${quote(config.current)}`, "");
  for (const [name, deployment] of Object.entries(config.deployments)) {
    out.push(`[deployment.${BARE_KEY.test(name) ? name : quote(name)}]`);
    for (const key of ["base_url", "project", "api_key"] as const) {
      const value = deployment[key];
      if (value !== undefined) out.push(`${key} = ${quote(value)}`);
    }
    out.push("");
  }
  return out.join("\n");
}

// TOML basic strings share JSON's escapes for everything this file holds.
function quote(value: string): string {
  return JSON.stringify(value);
}

function parseKey(text: string, line: number): string {
  if (BARE_KEY.test(text)) return text;
  if (text.startsWith('"') || text.startsWith("'")) return parseString(text, line);
  throw new ConfigSyntaxError(`invalid key ${text}`, line);
}

function parseString(text: string, line: number): string {
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'") && !text.slice(1, -1).includes("'")) return text.slice(1, -1);
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === "string") return value;
    } catch {
      // falls through to the error below
    }
  }
  throw new ConfigSyntaxError("expected a quoted string value", line);
}

// Drops a `#` comment that is outside a quoted string.
function stripComment(line: string): string {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "#") return line.slice(0, i);
  }
  return line;
}
