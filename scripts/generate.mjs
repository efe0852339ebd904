#!/usr/bin/env node
// Generates everything derived from openapi/xerotier.yaml. `--check` regenerates in memory
// and fails on any difference, so CI catches a spec edit without a regeneration.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";
import { tolerantModuleFromSpec } from "./tolerant-from-spec.mjs";
import { webhooksModuleFromSpec } from "./webhooks-from-spec.mjs";
import { validatorsModuleFromSpec, zodModuleFromSpec } from "./zod-from-spec.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const specPath = `${root}openapi/xerotier.yaml`;
const banner = "// Generated from openapi/xerotier.yaml by scripts/generate.mjs. Do not edit by hand.\n";

const specText = await readFile(specPath, "utf8");
const spec = parse(specText);

const types = banner + astToString(await openapiTS(new URL(`file://${specPath}`), { alphabetize: false, defaultNonNullable: false }));

const outputs = {
  "packages/api/src/generated/schema.ts": types,
  "packages/api/src/generated/zod.ts": banner + zodModuleFromSpec(spec),
  "packages/api/src/generated/validators.ts": banner + validatorsModuleFromSpec(spec),
  "packages/api/src/generated/enums.ts": banner + enumModuleFromSpec(spec),
  "packages/api/src/generated/tolerant.ts": banner + tolerantModuleFromSpec(spec),
  "packages/api/src/generated/webhooks.ts": banner + webhooksModuleFromSpec(spec),
  "packages/api/src/generated/spec-version.ts":
    banner +
    "/** Version of the OpenAPI contract (`info.version`) this client was generated from. */\n" +
    `export const SPEC_VERSION = ${JSON.stringify(String(spec.info.version))};\n`,
  "packages/testing/src/generated/openapi.ts":
    banner +
    "/** The OpenAPI document the reference router implements and validates against. */\n" +
    `export const openapiDocument: Record<string, any> = ${JSON.stringify(spec, null, 2)};\n`,
};

/** Every closed string enum of the spec as a runtime array, so code lists its values without copying them. */
function enumModuleFromSpec(document) {
  const lines = [];
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    if (schema.type !== "string" || !Array.isArray(schema.enum)) continue;
    lines.push(`/** Every value of \`${name}\`, in the spec's order. */`);
    lines.push(`export const ${name}Values = ${JSON.stringify(schema.enum)} as const;`, "");
    const final = schema["x-final"];
    if (final === undefined) continue;
    // x-final: the values after which nothing changes any more (a subset of the enum).
    const unknown = final.filter((value) => !schema.enum.includes(value));
    if (unknown.length > 0) throw new Error(`${name}: x-final lists values outside its enum: ${unknown.join(", ")}`);
    lines.push(`/** The final values of \`${name}\` (\`x-final\`): once reached, it never changes again. */`);
    lines.push(`export const ${name}FinalValues = ${JSON.stringify(final)} as const;`, "");
  }
  return lines.join("\n");
}

const check = process.argv.includes("--check");
const stale = [];
for (const [file, content] of Object.entries(outputs)) {
  const path = `${root}${file}`;
  const current = await readFile(path, "utf8").catch(() => null);
  if (current === content) continue;
  if (check) stale.push(file);
  else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    console.log(`wrote ${relative(root, path)}`);
  }
}
if (stale.length) {
  console.error(`Generated files are out of date with openapi/xerotier.yaml:\n  ${stale.join("\n  ")}\nRun \`pnpm gen\` and commit the result.`);
  process.exit(1);
}
if (check) console.log("generated code matches openapi/xerotier.yaml");
