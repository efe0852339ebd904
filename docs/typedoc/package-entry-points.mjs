/**
 * TypeDoc plugin: one module per public entry point, named as users import it.
 *
 * The entry points are read from every packages/*\/package.json `exports` (so a new subpath is
 * documented without touching typedoc.json) and mapped to their sources through the root
 * tsconfig's `paths`, the same mapping the typecheck uses. Modules are renamed from the path
 * TypeDoc derives (`approvals/src/node`) to the specifier (`@xerotier/approvals/node`).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Converter, ReflectionKind } from "typedoc";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Every public entry point as `{ specifier, source }`; throws if one has no tsconfig path. */
export function packageEntryPoints() {
  const paths = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8")).compilerOptions.paths;
  const entries = [];
  for (const dir of readdirSync(join(ROOT, "packages")).sort()) {
    const pkg = JSON.parse(readFileSync(join(ROOT, "packages", dir, "package.json"), "utf8"));
    for (const subpath of Object.keys(pkg.exports ?? {})) {
      if (subpath.endsWith(".json")) continue; // ./package.json is metadata, not an API
      const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      const source = paths[specifier]?.[0];
      if (!source) throw new Error(`${specifier} (exports of packages/${dir}/package.json) has no entry in tsconfig.json "paths"`);
      entries.push({ specifier, source: resolve(ROOT, source) });
    }
  }
  return entries;
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  const entries = packageEntryPoints();
  // After typedoc.json (100) and tsconfig (200), before command-line arguments (300).
  app.options.addReader({
    name: "xerotier-package-entry-points",
    order: 250,
    supportsPackages: false,
    read: (options) => options.setValue("entryPoints", entries.map((e) => e.source)),
  });
  const specifierOf = new Map(entries.map((e) => [e.source, e.specifier]));
  // Low priority: runs after TypeDoc's own handling of a `@module` tag, so the specifier wins.
  app.converter.on(
    Converter.EVENT_CREATE_DECLARATION,
    (context, reflection) => {
      if (!reflection.kindOf(ReflectionKind.Module)) return;
      const file = context.getSymbolFromReflection(reflection)?.declarations?.find((d) => "statements" in d)?.fileName;
      const specifier = file && specifierOf.get(resolve(file));
      if (specifier) reflection.name = specifier;
    },
    -100,
  );
}
