import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { UsageError } from "./exit";
import { ConfigSyntaxError, parseConfig, serializeConfig, type ConfigFile } from "./toml";

/**
 * Where the config lives: `$XDG_CONFIG_HOME/xeroctl/config.toml`, else
 * `~/.config/xeroctl/config.toml`.
 */
export function configPath(env: Record<string, string | undefined>): string {
  const base = env.XDG_CONFIG_HOME?.trim() || join(env.HOME?.trim() || homedir(), ".config");
  return join(base, "xeroctl", "config.toml");
}

/** Reads the config file; a missing file is an empty config, a malformed one a usage error. */
export async function loadConfig(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { deployments: {} };
    throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return parseConfig(text);
  } catch (error) {
    if (error instanceof ConfigSyntaxError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Writes the config with mode 0600 (directory 0700): it holds API keys. */
export async function saveConfig(path: string, config: ConfigFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await writeFile(path, serializeConfig(config), { mode: 0o600 });
  // writeFile's mode applies only on creation; tighten an existing file too.
  await chmod(path, 0o600);
}
