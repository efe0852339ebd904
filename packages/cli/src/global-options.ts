// The flags every command accepts: their parsing spec and the help lines every help page lists.
import type { OptionSpec } from "./command";

/** Flags every command accepts. */
export const GLOBAL_OPTIONS: OptionSpec = {
  "base-url": { type: "string" },
  project: { type: "string" },
  "api-key": { type: "string" },
  "api-key-stdin": { type: "boolean" },
  context: { type: "string" },
  output: { type: "string", short: "o" },
};

/** The global flags, as every help page lists them. */
export const GLOBAL_FLAGS = [
  "--base-url <url>     your project's URL (https://api.xerotier.ai/proj_abc123, or …/<project>/v1), or an origin with --project (env XEROTIER_BASE_URL)",
  "--project <p>        project id or slug (env XEROTIER_PROJECT)",
  "--api-key <key>      API key (env XEROTIER_API_KEY); prefer --api-key-stdin, the environment or a context",
  "--api-key-stdin      read the API key from standard input (keeps it out of shell history)",
  "--context <name>     use this context from the config file instead of the current one",
  "-o, --output <fmt>   table (default) or json",
  "-h, --help           show help (also: xeroctl help <command>)",
  "-v, --version        print xeroctl's version and the SDK's (also: xeroctl version)",
];
