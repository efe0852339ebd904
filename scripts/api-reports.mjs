#!/usr/bin/env node
// API reports: one `etc/<package>.<entry>.api.md` per entry of every published package, written by
// @microsoft/api-extractor from the built `.d.ts` (run `pnpm build` first). api-extractor takes one
// entry per run, so this runs it once per entry, all runs sharing one TypeScript program.
//
//   node scripts/api-reports.mjs           fails when a report differs from the built surface
//   node scripts/api-reports.mjs --update  rewrites the reports (commit them with the change)
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { CompilerState, Extractor, ExtractorConfig } from "@microsoft/api-extractor";
import { publishedEntries } from "./count-exports.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const REPORTS = join(ROOT, "etc");
const TEMP = join(ROOT, "node_modules", ".cache", "api-reports");

/** The report's base name: `@xerotier/approvals/sinks` → `approvals.sinks`, a root entry → `api.index`. */
export function reportName(specifier) {
  const [, name, ...rest] = specifier.split("/");
  return [name, rest.length > 0 ? rest.join(".") : "index"].join(".");
}

/** The built declaration file of an entry, as its package.json `exports` names it (ESM types). */
function builtTypes(packageDir, specifier, packageName) {
  const pkg = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  const subpath = specifier === packageName ? "." : `./${specifier.slice(packageName.length + 1)}`;
  const target = pkg.exports[subpath];
  return join(packageDir, target.import?.types ?? target.types);
}

function extractorConfig(entry) {
  const packageDir = dirname(dirname(entry.source.replace(/\/src\/.*$/, "/src/x")));
  return ExtractorConfig.prepare({
    configObjectFullPath: undefined,
    packageJsonFullPath: join(packageDir, "package.json"),
    configObject: {
      projectFolder: packageDir,
      mainEntryPointFilePath: builtTypes(packageDir, entry.specifier, entry.packageName),
      compiler: { overrideTsconfig: { compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, skipLibCheck: true, types: ["node"], lib: ["ES2022", "DOM", "DOM.Iterable"] } } },
      apiReport: { enabled: true, reportFolder: REPORTS, reportTempFolder: TEMP, reportFileName: reportName(entry.specifier) },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: "warning" } },
        // Release tags (@public, @beta) are not used: every export of an entry is its public API. TSDoc
        // (documented exports, resolvable links) is typedoc's check (`pnpm run docs`), not repeated here.
        extractorMessageReporting: {
          default: { logLevel: "warning" },
          "ae-missing-release-tag": { logLevel: "none" },
          "ae-forgotten-export": { logLevel: "none" },
          "ae-undocumented": { logLevel: "none" },
          "ae-unresolved-link": { logLevel: "none" },
          // The declaration bundle puts its imports above the entry's @packageDocumentation comment.
          "ae-misplaced-package-tag": { logLevel: "none" },
        },
        tsdocMessageReporting: { default: { logLevel: "none" } },
      },
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const update = process.argv.includes("--update");
  rmSync(TEMP, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  const configs = publishedEntries().map((entry) => ({ entry, config: extractorConfig(entry) }));
  const compilerState = CompilerState.create(configs[0].config, { additionalEntryPoints: configs.map((c) => c.config.mainEntryPointFilePath) });
  const stale = [];
  for (const { entry, config } of configs) {
    const result = Extractor.invoke(config, {
      compilerState,
      localBuild: update,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // Only problems: the per-run progress lines would drown them.
        if (message.logLevel === "info" || message.logLevel === "verbose") message.handled = true;
      },
    });
    if (result.apiReportChanged && !update) stale.push(`${entry.specifier}: etc/${reportName(entry.specifier)}.api.md differs from the built surface`);
    if (result.errorCount > 0) stale.push(`${entry.specifier}: api-extractor reported ${result.errorCount} error(s)`);
  }
  for (const line of stale) console.error(line);
  if (stale.length > 0) console.error("Run `pnpm build && pnpm api:update` and commit etc/ if the change is meant.");
  else console.log(`${configs.length} API reports ${update ? "written" : "match the built surface"}.`);
  process.exit(stale.length > 0 ? 1 : 0);
}
