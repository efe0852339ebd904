import { EXIT } from "../exit";
import { versionText, VERSIONS } from "../version";
import type { Command } from "../command";

/** `xeroctl version` (also `-v`, `--version`). */
export const version: Command = {
  words: ["version"],
  usage: "version",
  summary: "Print xeroctl's version and the version of the @xerotier/api SDK it is built on (also -v, --version).",
  examples: ["xeroctl version", "xeroctl -v", "xeroctl version -o json"],
  async run(ctx) {
    if (ctx.out.format === "json") ctx.out.json(VERSIONS);
    else ctx.io.stdout(versionText());
    return EXIT.ok;
  },
};
