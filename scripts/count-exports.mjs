#!/usr/bin/env node
// The public surface of every published package, counted from source with TypeScript's checker
// (no build needed): each entry of a package's `exports` map, found through the `paths` of the root
// tsconfig.json, with its runtime (value) exports and its type-only exports.
//
//   node scripts/count-exports.mjs               a table: values and types per entry, and the totals
//   node scripts/count-exports.mjs --names       the same, with every name
//   node scripts/count-exports.mjs --duplicates  value names exported by more than one package
//   node scripts/count-exports.mjs --check       fails over the budget, on an unused /internal name or a name
//                                                two packages export
//
// test/public-surface.test.ts runs the same checks in the test suite.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** Runtime exports allowed over all entries of all published packages (issue 26). */
export const VALUE_EXPORT_BUDGET = 150;
/** The entry helper packages share and users should not depend on. */
export const INTERNAL_ENTRY = "@xerotier/api/internal";

/** Every entry of every published package: its import specifier and its source file. */
export function publishedEntries(root = ROOT) {
  const { paths } = ts.readConfigFile(join(root, "tsconfig.json"), ts.sys.readFile).config.compilerOptions;
  return readdirSync(join(root, "packages")).flatMap((dir) => {
    const pkg = JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8"));
    if (pkg.private) return [];
    return Object.keys(pkg.exports)
      .filter((subpath) => !subpath.endsWith(".json"))
      .map((subpath) => {
        const specifier = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
        const source = paths[specifier]?.[0];
        if (!source) throw new Error(`tsconfig.json has no "paths" entry for ${specifier}`);
        return { packageName: pkg.name, specifier, source: join(root, source) };
      });
  });
}

/** Whether an export is a value at runtime (a type-only re-export is not). */
function isValue(checker, symbol) {
  const declaration = symbol.declarations?.[0];
  if (declaration && ts.isExportSpecifier(declaration) && (declaration.isTypeOnly || declaration.parent.parent.isTypeOnly)) return false;
  if (declaration && ts.isNamespaceExport(declaration) && declaration.parent.isTypeOnly) return false;
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  return (target.flags & ts.SymbolFlags.Value) !== 0;
}

/** The exports of every entry: `{ specifier, packageName, values, types }`, names sorted. */
export function entryExports(entries = publishedEntries(), root = ROOT) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(entries.map((e) => e.source), config.options);
  const checker = program.getTypeChecker();
  return entries.map((entry) => {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry.source));
    const values = [];
    const types = [];
    for (const symbol of checker.getExportsOfModule(module)) (isValue(checker, symbol) ? values : types).push(symbol.name);
    return { ...entry, values: values.sort(), types: types.sort() };
  });
}

/** Value names exported by more than one package, each with the entries exporting it. */
export function duplicateValues(exports) {
  const byName = new Map();
  for (const { specifier, packageName, values } of exports)
    for (const name of values) byName.set(name, [...(byName.get(name) ?? []), { specifier, packageName }]);
  return [...byName]
    .filter(([, where]) => new Set(where.map((w) => w.packageName)).size > 1)
    .map(([name, where]) => ({ name, entries: where.map((w) => w.specifier) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

/** The names a source text imports from `specifier` (static, re-export and `import("…").X` forms). */
export function namesImportedFrom(text, specifier) {
  const file = ts.createSourceFile("file.ts", text, ts.ScriptTarget.Latest, false);
  const names = new Set();
  const visit = (node) => {
    const from = (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier;
    if (from && ts.isStringLiteral(from) && from.text === specifier) {
      const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
      if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings)))
        for (const element of bindings.elements) names.add((element.propertyName ?? element.name).text);
      else names.add("*");
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && node.argument.literal.text === specifier)
      names.add(node.qualifier ? (ts.isIdentifier(node.qualifier) ? node.qualifier.text : node.qualifier.left.getText(file)) : "*");
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/**
 * Exports of `@xerotier/api/internal` that no other workspace package imports in its source
 * (tests excluded): an internal name exists only to be shared, so one nobody shares goes.
 */
export function unusedInternalExports(exports = entryExports(), root = ROOT) {
  const internal = exports.find((e) => e.specifier === INTERNAL_ENTRY);
  const used = new Set();
  for (const dir of readdirSync(join(root, "packages")).filter((d) => d !== "api"))
    for (const file of sourceFiles(join(root, "packages", dir, "src")))
      for (const name of namesImportedFrom(readFileSync(file, "utf8"), INTERNAL_ENTRY)) used.add(name);
  if (used.has("*")) throw new Error(`a namespace import of ${INTERNAL_ENTRY} hides which names are used: import them by name`);
  return [...internal.values, ...internal.types].filter((name) => !used.has(name)).sort();
}

/** What breaks the surface rules, as readable lines (empty when the surface is within them). */
export function surfaceProblems(exports = entryExports(), root = ROOT) {
  const total = exports.reduce((sum, e) => sum + e.values.length, 0);
  const problems = [];
  if (total > VALUE_EXPORT_BUDGET) problems.push(`${total} runtime exports over all entries, more than the budget of ${VALUE_EXPORT_BUDGET}`);
  for (const name of unusedInternalExports(exports, root)) problems.push(`${INTERNAL_ENTRY} exports ${name}, which no other package imports`);
  for (const { name, entries } of duplicateValues(exports)) problems.push(`${name} is exported by several packages (${entries.join(", ")}): one name, one meaning`);
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = new Set(process.argv.slice(2));
  const exports = entryExports();
  if (args.has("--duplicates")) {
    for (const { name, entries } of duplicateValues(exports)) console.log(`${name}: ${entries.join(", ")}`);
  } else if (args.has("--check")) {
    const problems = surfaceProblems(exports);
    problems.forEach((p) => console.error(p));
    process.exit(problems.length > 0 ? 1 : 0);
  } else {
    for (const { specifier, source, values, types } of exports) {
      console.log(`${specifier.padEnd(34)} ${String(values.length).padStart(4)} values ${String(types.length).padStart(4)} types   (${relative(ROOT, source)})`);
      if (args.has("--names")) console.log(`  values: ${values.join(", ")}\n  types: ${types.join(", ")}`);
    }
    const sum = (key) => exports.reduce((n, e) => n + e[key].length, 0);
    console.log(`${"total".padEnd(34)} ${String(sum("values")).padStart(4)} values ${String(sum("types")).padStart(4)} types   over ${exports.length} entries`);
  }
}
