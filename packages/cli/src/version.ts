import { VERSION as API_VERSION } from "@xerotier/api";

/** Version of `@xerotier/cli` (`xeroctl`); kept equal to `package.json` by a test. */
export const CLI_VERSION = "0.0.0";

/** The versions `xeroctl version -o json` prints: the CLI's, and the SDK's it is built on. */
export const VERSIONS = { xeroctl: CLI_VERSION, "@xerotier/api": API_VERSION } as const;

/** What `xeroctl version` and `xeroctl --version` print: one `name version` line each, the CLI first. */
export function versionText(): string {
  return Object.entries(VERSIONS)
    .map(([name, version]) => `${name} ${version}\n`)
    .join("");
}
